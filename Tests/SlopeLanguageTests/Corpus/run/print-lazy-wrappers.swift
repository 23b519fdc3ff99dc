// Checks how lazy sequences print, and that Array(...) of each gives the elements.
let xs = [1, 2, 3]
print(xs.reversed())
print(Array(xs.reversed()))
print(zip(xs, ["a", "b"]))
print(Array(zip(xs, ["a", "b"])))
print(stride(from: 0, to: 6, by: 2))
print(Array(stride(from: 0, to: 6, by: 2)))
print(stride(from: 1.0, through: 2.0, by: 0.5))
print(xs.enumerated())
print(Array(xs.enumerated()))
print(xs.dropFirst(), xs.prefix(2))
print(xs[1...])
