// Checks break and continue in for and while loops.
for i in 0..<10 {
  if i == 2 {
    continue
  }
  if i == 5 {
    break
  }
  print(i)
}
var n = 0
while true {
  n += 1
  if n % 2 == 1 { continue }
  if n > 6 { break }
  print("even", n)
}
print(n)
