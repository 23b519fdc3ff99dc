// Checks that Double.nan prints as nan and compares unequal to itself.
let n = Double.nan
print(n)
print(n.isNaN)
print(n == n)
print(n < 1.0, n > 1.0)
print([n, 1.0])
print("\(n)")
print(n.isFinite)
