// Checks that an optional must be unwrapped before arithmetic.
let xs = [1, 2, 3]
let first = xs.first
print(xs)
print(first + 1)
