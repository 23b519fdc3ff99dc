// Checks left Riemann sums of x^2 on [0, 1] for several step counts.
func f(_ x: Double) -> Double { x * x }
func leftSum(_ n: Int) -> Double {
  let width = 1.0 / Double(n)
  var sum = 0.0
  for i in 0..<n {
    sum += f(Double(i) * width) * width
  }
  return sum
}
for n in [1, 10, 100, 1000] {
  print(n, leftSum(n))
}
