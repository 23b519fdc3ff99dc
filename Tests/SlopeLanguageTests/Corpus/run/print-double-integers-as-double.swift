// Checks Doubles holding large whole numbers around 2^53 and beyond.
print(4503599627370496.0)
print(9007199254740991.0)
print(9007199254740992.0 + 1)
print(1e15 + 0.5)
print(999999999999999.9)
print(123456789.0 * 1000)
