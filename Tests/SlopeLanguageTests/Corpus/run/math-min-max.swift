// Checks min and max with two and more arguments, on Int and Double.
import Foundation

print(min(3, 7), max(3, 7))
print(min(2.5, -1.0), max(2.5, -1.0))
print(min(4, 2, 9), max(4, 2, 9))
let x = 0.5
print(max(0, x), min(0, x))
let n = -4
print(max(0, n))
print(max(1, 2.5))
