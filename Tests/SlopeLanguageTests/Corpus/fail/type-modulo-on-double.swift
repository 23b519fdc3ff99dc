// Checks that % is unavailable on Double.
let x = 5.5
let y = 2.0
print(x / y)
print(x % y)
