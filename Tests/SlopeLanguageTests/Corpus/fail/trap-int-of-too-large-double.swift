// Checks that converting a Double above Int.max to Int traps.
let big = 1e18
print(Int(big))
let bigger = big * 10
print(Int(bigger))  // traps
