// Checks that Int division by zero at run time traps.
let a = 10
var b = 2
print(a / b)
b -= 2
print(a / b)  // traps
print("unreachable")
