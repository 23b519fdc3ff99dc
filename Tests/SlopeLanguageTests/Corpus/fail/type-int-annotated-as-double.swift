// Checks that binding an Int variable with a Double annotation is an error.
let n = 3
let d: Double = n
print(d)
print(n)
print(n + 1)
