// Checks integer literals as arguments of nested min and max around a Double.
let x = 1.7
print(max(0, min(1, x)))
print(min(max(x, 2), 3))
func clamp(_ v: Double) -> Double { max(-1, min(1, v)) }
print([-3.0, 0.25, 9].map(clamp))
