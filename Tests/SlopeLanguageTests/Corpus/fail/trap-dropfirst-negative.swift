// Checks that dropFirst(_:) with a negative count traps.
let xs = [1, 2, 3]
print(xs.dropFirst(1))
let k = -2
print(xs.dropFirst(k))  // traps
