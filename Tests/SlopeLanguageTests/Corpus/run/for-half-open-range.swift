// Checks for-in over half-open ranges, including an empty one.
for i in 0..<3 {
  print(i)
}
for i in 5..<5 {
  print("never", i)
}
let n = 4
var total = 0
for i in 1..<n {
  total += i
}
print(total)
