// Checks operator precedence and associativity of arithmetic.
print(1 + 2 * 3)
print((1 + 2) * 3)
print(10 - 4 - 3)
print(100 / 10 / 5)
print(2 * 3 % 4)
print(1 + 10 % 4 * 2)
print(2.0 + 3.0 * 4.0 - 1.0 / 2.0)
print(-2 * 3 + 1)
