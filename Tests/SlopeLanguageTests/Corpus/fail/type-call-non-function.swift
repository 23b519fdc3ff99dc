// Checks that calling a value that is not a function is an error.
let x = 1
let f = { x + 1 }
print(f())
print(x())
