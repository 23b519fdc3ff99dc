// Checks prefix(_:) including counts beyond the array's length.
let xs = [1, 2, 3, 4]
print(xs.prefix(2))
print(xs.prefix(0))
print(xs.prefix(10))
print(Array(xs.prefix(3)))
let total = xs.prefix(3).reduce(0, +)
print(total)
