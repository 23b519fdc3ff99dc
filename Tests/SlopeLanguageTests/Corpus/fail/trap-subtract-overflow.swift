// Checks that Int subtraction overflowing at run time traps.
let small = Int.min
let one = 1
print(small + one)
print(small - one)  // traps
print("unreachable")
