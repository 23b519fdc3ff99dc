// Checks repeated multiplication against pow for compound growth.
import Foundation

var balance = 1000.0
for _ in 1...10 {
  balance *= 1.05
}
print(balance)
print(1000 * pow(1.05, 10.0))
print(String(format: "%.2f", balance))
