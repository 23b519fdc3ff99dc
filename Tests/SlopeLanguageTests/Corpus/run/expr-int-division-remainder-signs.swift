// Checks Int division and remainder with negative operands, which truncate toward zero.
print(7 / 2, -7 / 2, 7 / -2, -7 / -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
let n = -13
print(n / 4, n % 4, abs(n) % 4)
var m = 100
m /= 7
print(m)
m %= 5
print(m)
print(Int.max / 2, Int.min / 2, Int.min % 2)
print((-7.5).truncatingRemainder(dividingBy: 2), 7.5.truncatingRemainder(dividingBy: -2))
print(Double(-7) / 2, Int(-3.9), Int(3.9))
