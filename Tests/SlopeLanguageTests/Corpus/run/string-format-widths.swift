// Checks field widths and flags for %f, %e and %g.
import Foundation

print(String(format: "[%10.4f]", Double.pi))
print(String(format: "[%-10.4f]", Double.pi))
print(String(format: "[%+.2f]", 2.5))
print(String(format: "[%010.3f]", -2.5))
print(String(format: "[%12.3e]", 12345.6789))
print(String(format: "[%8g]", 0.5))
print(String(format: "[%+d]", 5))
