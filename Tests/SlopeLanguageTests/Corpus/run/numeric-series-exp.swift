// Checks the Taylor series of exp(1) term by term.
import Foundation

var sum = 0.0
var term = 1.0
for n in 0..<18 {
  sum += term
  term /= Double(n + 1)
}
print(sum)
print(exp(1.0))
print(sum == exp(1.0))
