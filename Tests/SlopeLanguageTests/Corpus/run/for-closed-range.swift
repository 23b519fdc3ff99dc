// Checks for-in over closed ranges.
for i in 1...3 {
  print(i * i)
}
for i in -2...(-1) {
  print(i)
}
var product = 1
for i in 1...10 {
  product *= i
}
print(product)
