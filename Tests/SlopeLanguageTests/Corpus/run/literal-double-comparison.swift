// Checks comparisons of Doubles against integer literals.
let x = 0.5
print(x < 1)
print(x > 0)
print(x == 0.5)
print(1 == 1.0)
let y = 2.0
print(y >= 2, y != 3)
print(y * 2 == 4)
