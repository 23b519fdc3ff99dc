// Checks more String(format:) cases: percent literals, negative widths, zero and huge values.
import Foundation
print(String(format: "%5.1f%%", 12.345))
print(String(format: "[%8.3e]", -0.00012345))
print(String(format: "[%-10.4g]", 3.14159265))
print(String(format: "%.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, -0.5))
print(String(format: "%g %g %g", 0.0, -0.0, 1e100))
print(String(format: "%.2f", 1e15))
print(String(format: "%ld %lld", 7, -8))
print(String(format: "%3d|%-3d|%03d", -5, -5, -5))
print(String(format: "%.1f", 0.05), String(format: "%.1f", 0.15), String(format: "%.1f", 0.25))
print(String(format: "%10.4f|", Double.pi))
print(String(format: "%G %E", 1e-10, 12345.0))
