// Checks that a slice keeps its parent's indices: index 0 of xs[2..<4] traps.
let xs = [10, 20, 30, 40, 50]
let slice = xs[2..<4]
print(slice[2])
let first = 0
print(slice[first])  // traps
