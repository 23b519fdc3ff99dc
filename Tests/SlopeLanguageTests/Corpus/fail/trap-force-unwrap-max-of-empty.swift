// Checks that force-unwrapping max() of an empty array traps.
let xs = [2.5, 1.0].filter { $0 > 2 }
print(xs.max()!)
let none = xs.filter { $0 > 10 }
print(none)
print(none.max()!)  // traps
