// Checks a Simpson's-rule integration with stride, closures and String(format:).
import Foundation
func simpson(_ f: (Double) -> Double, from a: Double, to b: Double, intervals n: Int = 10) -> Double {
  let h = (b - a) / Double(n)
  var sum = f(a) + f(b)
  for i in 1..<n {
    let x = a + Double(i) * h
    sum += (i % 2 == 0 ? 2 : 4) * f(x)
  }
  return sum * h / 3
}
print(simpson({ $0 * $0 }, from: 0, to: 1))
print(simpson({ sin($0) }, from: 0, to: Double.pi, intervals: 100))
for n in [2, 4, 8, 16] {
  let estimate = simpson({ exp($0) }, from: 0, to: 1, intervals: n)
  print(String(format: "%2d %.10f %.3e", n, estimate, abs(estimate - (exp(1) - 1))))
}
