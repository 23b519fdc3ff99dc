// Checks fixed-point iteration x = cos(x).
import Foundation

var x = 1.0
var iterations = 0
while abs(cos(x) - x) > 1e-12 {
  x = cos(x)
  iterations += 1
}
print(iterations)
print(x)
print(String(format: "%.10f", x))
