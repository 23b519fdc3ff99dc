// Checks that Int remainder by zero at run time traps.
let a = 10
let b = 3
print(a % b)
let zero = b - 3
print(a % zero)  // traps
