// Checks a table of forward differences of sin printed with String(format:).
import Foundation

let h = 0.001
for x in stride(from: 0.0, through: 1.0, by: 0.25) {
  let estimate = (sin(x + h) - sin(x)) / h
  let exact = cos(x)
  print(String(format: "%.2f  %.6f  %.6f  %.2e", x, estimate, exact, abs(estimate - exact)))
}
