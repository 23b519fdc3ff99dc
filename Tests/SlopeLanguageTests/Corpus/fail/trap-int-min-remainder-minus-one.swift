// Checks that Int.min % -1 at run time traps.
let minusOne = -1
let small = Int.min
print(small % 3)
print(small % minusOne)  // traps
