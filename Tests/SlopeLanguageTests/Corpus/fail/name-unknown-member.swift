// Checks that an unknown array member is an error.
let xs = [1, 2, 3]
print(xs.count)
print(xs.length)
print("unreachable")
