// Checks that mutating a let array is an error.
let xs = [1, 2]
print(xs)
xs.append(3)
print(xs)
