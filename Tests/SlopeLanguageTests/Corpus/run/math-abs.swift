// Checks abs on Int and Double values.
import Foundation

print(abs(-3))
print(abs(3))
print(abs(-2.5))
print(abs(-0.0))
let x = -7
print(abs(x) + 1)
let y = -1e-10
print(abs(y))
print(abs(Int.min + 1))
