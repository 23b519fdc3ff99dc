// Checks that converting a Double below Int.min to Int traps.
let small = -1e18
print(Int(small))
let smaller = small * 10
print(Int(smaller))  // traps
