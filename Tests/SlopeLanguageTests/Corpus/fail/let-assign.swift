// Checks that assigning to a let constant is an error.
let x = 1
print(x)
x = 2
print(x)
