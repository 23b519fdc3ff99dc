// Checks String(format:) with %f, %.4f, %5.2f and %.0f.
import Foundation

let x = 3.14159265
print(String(format: "%f", x))
print(String(format: "%.4f", x))
print(String(format: "[%5.2f]", x))
print(String(format: "%.0f", x))
print(String(format: "%.2f", 2.675))
print(String(format: "%.1f", 0.05))
print(String(format: "%.3f", -0.0004))
print(String(format: "[%8.3f]", -x))
