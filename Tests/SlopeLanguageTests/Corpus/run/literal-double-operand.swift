// Checks that an integer literal next to a Double operand is a Double.
let x = 2.5
print(x * 2)
print(1 + 0.5)
let y = 3 / 2.0
print(y)
print(x - 1)
print(10 - x * 4)
print(x / 2)
