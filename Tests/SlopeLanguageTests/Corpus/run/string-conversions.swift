// Checks String(x) for Int, Double, Bool and String values.
print(String(3))
print(String(2.5))
print(String(true))
print(String(-0.0))
print(String(1e16))
print(String(0.1 + 0.2))
print(String("copy"))
let n = -12
print(String(n) + "!")
print(String(Double(n) / 8))
