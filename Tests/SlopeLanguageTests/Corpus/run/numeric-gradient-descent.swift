// Checks gradient descent on (x - 3)^2 with a fixed learning rate.
func lossSlope(_ x: Double) -> Double { 2 * (x - 3) }
var x = 0.0
let rate = 0.25
for step in 1...8 {
  x -= rate * lossSlope(x)
  print(step, x)
}
