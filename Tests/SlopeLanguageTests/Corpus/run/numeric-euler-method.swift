// Checks Euler's method for y' = y from y(0) = 1 to x = 1.
import Foundation

func euler(steps: Int) -> Double {
  let h = 1.0 / Double(steps)
  var y = 1.0
  for _ in 0..<steps {
    y += h * y
  }
  return y
}
for n in [1, 2, 10, 100, 1000] {
  print(n, euler(steps: n), exp(1.0) - euler(steps: n))
}
