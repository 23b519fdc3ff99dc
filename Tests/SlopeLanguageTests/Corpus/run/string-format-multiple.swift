// Checks String(format:) with several arguments of mixed types.
import Foundation

let n = 3
let x = 0.5
print(String(format: "%d: %.3f", n, x))
print(String(format: "%d + %d = %d", 1, 2, 1 + 2))
print(String(format: "x=%.2f y=%.2f", x, x * x))
let label = String(format: "%.1f%%", 12.345)
print(label)
