// Checks functions with no label, same label and distinct label parameters.
func double(_ x: Int) -> Int {
  return x * 2
}
func power(base: Int, exponent: Int) -> Int {
  var result = 1
  for _ in 0..<exponent {
    result *= base
  }
  return result
}
func distance(from a: Double, to b: Double) -> Double {
  return b - a
}
print(double(4))
print(power(base: 2, exponent: 10))
print(distance(from: 1.5, to: 4))
