// Checks dropFirst(_:) including counts beyond the array's length.
let xs = [1, 2, 3, 4]
print(xs.dropFirst(1))
print(xs.dropFirst(3))
print(xs.dropFirst(9))
print(xs.dropFirst())
print(Array(xs.dropFirst(2)))
print(xs.dropFirst(2).map { $0 * 2 })
