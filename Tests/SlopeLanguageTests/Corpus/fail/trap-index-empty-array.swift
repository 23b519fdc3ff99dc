// Checks that indexing an empty array traps.
var xs = [1]
xs.removeLast()
print(xs.isEmpty)
print(xs[0])  // traps
print("unreachable")
