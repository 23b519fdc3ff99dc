// Checks Array(0..<5), Array(1...3) and Array of a stride.
print(Array(0..<5))
print(Array(1...3))
print(Array(3..<3))
print(Array(stride(from: 0, to: 10, by: 4)))
print(Array(stride(from: 1.0, through: 2.0, by: 0.25)))
print(Array(zip([1, 2], ["a", "b"])))
