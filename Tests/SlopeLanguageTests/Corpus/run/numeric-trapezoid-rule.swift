// Checks the trapezoid rule for the integral of exp on [0, 1].
import Foundation

func trapezoid(_ f: (Double) -> Double, from a: Double, to b: Double, steps: Int) -> Double {
  let h = (b - a) / Double(steps)
  var sum = (f(a) + f(b)) / 2
  for i in 1..<steps {
    sum += f(a + Double(i) * h)
  }
  return sum * h
}
let estimate = trapezoid(exp, from: 0, to: 1, steps: 100)
print(estimate)
print(exp(1.0) - 1)
print(String(format: "%.3e", estimate - (exp(1.0) - 1)))
