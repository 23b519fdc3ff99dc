// Checks stride with negative steps over Int and Double, with to and through.
for i in stride(from: 10, to: 0, by: -3) {
  print(i, terminator: " ")
}
print()
for i in stride(from: 10, through: 0, by: -5) {
  print(i, terminator: " ")
}
print()
print(Array(stride(from: 1.0, through: 0.0, by: -0.25)))
print(Array(stride(from: 1.0, to: 0.0, by: -0.3)))
print(Array(stride(from: 0, to: 5, by: -1)))
print(Array(stride(from: 5, through: 5, by: -1)))
var countdown: [Int] = []
for n in stride(from: 3, through: 1, by: -1) {
  countdown.append(n)
}
print(countdown)
print(Array(stride(from: 0.5, through: -0.5, by: -0.1)).count)
