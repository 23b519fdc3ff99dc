// Checks integer division and remainder, including negative operands.
print(7 / 2)
print(7 % 2)
print(-7 / 2)
print(-7 % 2)
print(7 % -2)
print(-7 / -2)
let n = 17
print(n / 5, n % 5)
print(0 / 5)
