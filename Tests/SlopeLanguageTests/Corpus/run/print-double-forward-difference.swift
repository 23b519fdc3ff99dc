// Checks the tutorial's forward difference of 2x^2 at 1, printed to the last digit.
func f(_ x: Double) -> Double {
  return 2 * x * x
}
let x = 1.0
let delta = 0.0001
let x2 = x + delta
print((f(x2) - f(x)) / (x2 - x))
print((f(x + delta) - f(x)) / delta)
