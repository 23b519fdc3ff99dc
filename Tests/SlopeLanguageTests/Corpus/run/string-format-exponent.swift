// Checks String(format:) with %e and %g.
import Foundation

print(String(format: "%e", 12345.678))
print(String(format: "%.3e", 0.000123))
print(String(format: "%g", 0.0001))
print(String(format: "%g", 1e-5))
print(String(format: "%g", 123456789.0))
print(String(format: "%g", 2.5))
print(String(format: "%.3g", 3.14159))
print(String(format: "%g", 100000.0))
