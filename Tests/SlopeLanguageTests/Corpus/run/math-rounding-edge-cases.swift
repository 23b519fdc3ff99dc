// Checks rounding functions at halves and negative values, and their printing.
import Foundation
let values = [2.5, -2.5, 3.5, -0.5, 0.49999999999999994, 1e16 + 1]
for v in values {
  print(v, round(v), v.rounded(), floor(v), ceil(v))
}
print(floor(-0.5), ceil(-0.5), round(-0.4))
print(Int(round(2.5)), Int(floor(-2.5)), Int(ceil(-2.5)))
print((2.675 * 100).rounded() / 100)
print(abs(-0.0), abs(-3), abs(-2.5), (-4.5).magnitude)
print(sqrt(2.0).rounded(), 7.0.squareRoot())
