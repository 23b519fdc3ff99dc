// Checks a formatted table of x, x^2 and sqrt(x) with fixed widths.
import Foundation

print("   x      x^2       sqrt")
for i in 1...5 {
  let x = Double(i)
  print(String(format: "%4d %8.1f %10.5f", i, x * x, sqrt(x)))
}
