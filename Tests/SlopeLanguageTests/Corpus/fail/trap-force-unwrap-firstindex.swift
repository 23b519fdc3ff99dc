// Checks that force-unwrapping a failed firstIndex(of:) traps.
let xs = [4, 5, 6]
print(xs.firstIndex(of: 5)!)
let i = xs.firstIndex(of: 7)!  // traps
print(i)
print("unreachable")
