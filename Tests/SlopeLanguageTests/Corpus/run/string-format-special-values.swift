// Checks String(format:) with infinities, NaN, negative zero and large values.
import Foundation

let zero = 0.0
print(String(format: "%f", Double.infinity))
print(String(format: "%f", -Double.infinity))
print(String(format: "%f", Double.nan))
print(String(format: "%f", zero / zero))
print(String(format: "%.2f", -0.0))
print(String(format: "%e", 1e300))
