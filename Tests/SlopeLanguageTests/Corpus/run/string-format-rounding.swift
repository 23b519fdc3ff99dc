// Checks how String(format:) rounds to a given number of decimals.
import Foundation

print(String(format: "%.1f", 0.25))
print(String(format: "%.1f", 0.35))
print(String(format: "%.2f", 1.005))
print(String(format: "%.0f", 0.5))
print(String(format: "%.0f", 1.5))
print(String(format: "%.3f", 2.0 / 3.0))
print(String(format: "%.10f", 0.1))
