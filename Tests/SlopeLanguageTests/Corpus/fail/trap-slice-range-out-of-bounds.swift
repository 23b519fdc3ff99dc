// Checks that slicing beyond the end of an array traps.
let xs = [1, 2, 3]
print(xs[0..<3])
let end = 5
print(xs[1..<end])  // traps
print("unreachable")
