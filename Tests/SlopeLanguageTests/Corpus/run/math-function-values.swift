// Checks math functions used as values in arrays and passed to map.
import Foundation

let fs: [(Double) -> Double] = [sin, cos, exp, sqrt]
for f in fs {
  print(f(1.0))
}
print([0.0, 1.0, 4.0].map(sqrt))
print([1.0, 10.0, 100.0].map(log10))
let g: (Double, Double) -> Double = pow
print(g(3.0, 2.0))
