// Checks Newton's method printing a table with String(format:) and a tolerance loop.
import Foundation
func newton(_ f: (Double) -> Double, _ df: (Double) -> Double, start: Double, tolerance: Double = 1e-12) -> [Double] {
  var x = start
  var steps = [x]
  while steps.count < 50 {
    let next = x - f(x) / df(x)
    steps.append(next)
    if abs(next - x) < tolerance { break }
    x = next
  }
  return steps
}
let steps = newton({ $0 * $0 - 2 }, { 2 * $0 }, start: 1)
for (i, x) in steps.enumerated() {
  print(String(format: "%2d  %.15f  %10.3e", i, x, abs(x - sqrt(2))))
}
print(steps.count, steps.last!)
