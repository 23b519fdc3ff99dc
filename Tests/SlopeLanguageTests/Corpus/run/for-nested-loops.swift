// Checks nested for loops building a small table.
for i in 1...3 {
  var row: [Int] = []
  for j in 1...4 {
    row.append(i * j)
  }
  print(row)
}
var pairs = 0
for i in 0..<4 {
  for j in i..<4 {
    pairs += j - i
  }
}
print(pairs)
