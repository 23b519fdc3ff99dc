// Checks Doubles printed inside arrays, tuples and optionals.
let xs = [1.0, 0.1 + 0.2, 1e-05, 1e16, -0.0]
print(xs)
print((1.0, 2.5e-10))
let o: Double? = 1e100
print(o)
print([[0.5], [2.0, -1e-7]])
print((value: 2.0, derivative: 0.30000000000000004))
