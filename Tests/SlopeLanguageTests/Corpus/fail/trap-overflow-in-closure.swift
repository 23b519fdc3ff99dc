// Checks that overflow inside a map closure traps at the closure's arithmetic.
let big = [1, Int.max / 2, Int.max]
let doubled = big.map { $0 * 2 }  // traps
print(doubled)
