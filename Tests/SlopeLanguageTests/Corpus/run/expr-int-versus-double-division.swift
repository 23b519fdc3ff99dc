// Checks that the same digits divide differently as Int and as Double.
print(7 / 2, 7.0 / 2, 7 / 2.0)
print(-7 / 2, -7.0 / 2)
let a = 1
let b = 3
print(a / b, Double(a) / Double(b))
print(Double(a / b))
