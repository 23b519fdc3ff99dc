// Checks truncatingRemainder(dividingBy:) including negative operands.
let x = 7.5
print(x.truncatingRemainder(dividingBy: 2))
print((-7.5).truncatingRemainder(dividingBy: 2))
print(x.truncatingRemainder(dividingBy: -2))
print(10.0.truncatingRemainder(dividingBy: 2.5))
print(0.3.truncatingRemainder(dividingBy: 0.1))
let zero = 0.0
print(x.truncatingRemainder(dividingBy: zero))
