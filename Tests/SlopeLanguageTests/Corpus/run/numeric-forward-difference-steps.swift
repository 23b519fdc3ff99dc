// Checks forward differences of x^2 at 3 for shrinking steps.
func f(_ x: Double) -> Double { x * x }
let x = 3.0
for h in [1.0, 0.1, 0.01, 0.001, 0.0001] {
  let x2 = x + h
  print(h, (f(x2) - f(x)) / (x2 - x))
}
