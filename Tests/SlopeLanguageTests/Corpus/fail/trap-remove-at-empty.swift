// Checks that remove(at: 0) on an empty array traps.
var xs: [String] = ["only"]
print(xs.remove(at: 0))
print(xs.isEmpty)
xs.remove(at: 0)  // traps
print("unreachable")
