// Checks Double(i) and Int(d) conversions, including truncation toward zero.
let i = 7
print(Double(i))
print(Double(i) / 2)
print(Int(2.9))
print(Int(-2.9))
let d = 1e10
print(Int(d))
print(Double(Int.max))
print(Int(Double(i) * 1.5))
print(Double(-3))
