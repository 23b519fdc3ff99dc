// Checks that adding an Int variable to a Double variable is an error.
let x = 1.5
let n = 2
let total = x + n
print(total)
