// Checks that using an undeclared name is an error.
let x = 1
print(x)
print(y)
print("unreachable")
