// Checks that exp(1) and sin(0) take a Double from their context: an annotation, the other operand, a return type.
import Foundation
let e: Double = exp(1)
print(e)
let x = 2.0
print(x - exp(1), exp(1) * x, x - (exp(1) - 1))
let shifted: Double = exp(1) - 1
print(shifted)
func f() -> Double { exp(0) + 1 }
print(f())
let scaled: Double = 2 * exp(1)
print(scaled)
print(sin(0) + 1.0, cos(0) * x)
let y = log(10) / x
print(y)
