// Checks printing of values near Double precision limits.
print(0.1 + 0.7)
print(1.0 - 0.9)
print(1e16 + 1)
print(9007199254740993.0)
print(100.0 * 1.1)
print(3.0 * 1.1)
print(1.0 / 49.0 * 49.0)
