// Checks that prefix(_:) with a negative length traps.
let xs = [1, 2, 3]
print(xs.prefix(2))
let k = -1
print(xs.prefix(k))  // traps
