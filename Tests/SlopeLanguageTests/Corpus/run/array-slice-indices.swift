// Checks that a slice keeps the indices of the array it came from.
let xs = [10, 20, 30, 40, 50]
let slice = xs[2..<4]
print(slice[2], slice[3])
print(slice.indices)
print(slice.firstIndex(of: 40))
let copy = Array(slice)
print(copy[0], copy.indices)
