// Checks slices with half-open and closed ranges; they print like arrays.
let xs = [10, 20, 30, 40, 50]
print(xs[1..<3])
print(xs[1...3])
print(xs[0..<0])
let slice = xs[2..<5]
print(slice.count, slice.first, slice.last)
print(Array(slice))
print(slice.map { $0 / 10 })
print(slice.reduce(0, +))
