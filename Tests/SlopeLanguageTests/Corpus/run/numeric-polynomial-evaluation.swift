// Checks Horner's rule against direct evaluation of a polynomial.
import Foundation

let coefficients: [Double] = [2, -3, 0, 1]
func horner(_ x: Double) -> Double {
  return coefficients.reduce(0) { $0 * x + $1 }
}
func direct(_ x: Double) -> Double {
  return 2 * pow(x, 3) - 3 * pow(x, 2) + 1
}
for x in [-1.0, 0.0, 0.5, 2.0] {
  print(x, horner(x), direct(x))
}
