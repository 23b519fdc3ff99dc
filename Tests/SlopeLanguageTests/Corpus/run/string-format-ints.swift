// Checks String(format:) with integer specifiers and widths.
import Foundation

print(String(format: "%d", 42))
print(String(format: "[%5d]", 42))
print(String(format: "[%-5d]", 42))
print(String(format: "[%05d]", 42))
print(String(format: "%d", -7))
print(String(format: "%d items", 3))
print(String(format: "%%"))
