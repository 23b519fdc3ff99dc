// Checks String(format:) results inside interpolation.
import Foundation

let x = 2.0 / 3.0
print("x ≈ \(String(format: "%.3f", x))")
print("x = \(x)")
let rows = [1.0, 10.0, 100.0].map { "[\(String(format: "%6.1f", $0))]" }
print(rows.joined(separator: " "))
