// Checks that whole Doubles print with a trailing ".0".
print(2.0)
print(1.0 / 4)
print(100.0)
print(3.0 * 2)
let big = 123456.0
print(big)
print(-7.0)
print(0.0)
