// Checks that force-unwrapping first of an empty array traps.
var xs = [3]
print(xs.first!)
xs.remove(at: 0)
print(xs)
print(xs.first!)  // traps
