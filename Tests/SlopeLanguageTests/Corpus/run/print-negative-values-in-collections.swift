// Checks negative Ints and Doubles inside arrays and tuples.
print([-1, 0, 1])
print([-0.5, -1e-05, -1e+16])
print((-1, -2.0))
print((x: -0.0, y: -Double.infinity))
