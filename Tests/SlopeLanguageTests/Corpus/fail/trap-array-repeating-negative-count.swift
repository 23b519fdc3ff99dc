// Checks that Array(repeating:count:) with a negative count traps.
let n = 2
print(Array(repeating: 0, count: n))
let m = n - 3
print(Array(repeating: 0, count: m))  // traps
