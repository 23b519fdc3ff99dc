// Checks that a negative index traps.
let xs = [10, 20]
let offset = -1
print(xs[offset + 1])
print(xs[offset])  // traps
print("unreachable")
