// Checks Newton's method for the square root of 2.
import Foundation

func newtonSqrt(_ a: Double, iterations: Int) -> Double {
  var x = a
  for _ in 0..<iterations {
    x = (x + a / x) / 2
  }
  return x
}
for n in 0...5 {
  print(n, newtonSqrt(2, iterations: n))
}
print(newtonSqrt(2, iterations: 6) == 2.0.squareRoot())
