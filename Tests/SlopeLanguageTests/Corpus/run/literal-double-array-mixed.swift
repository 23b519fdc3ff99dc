// Checks array literals mixing integer and floating-point literals.
let xs = [1, 2.5, 3]
print(xs)
let nested = [[1, 2], [0.5]]
print(nested)
let ys = [0, 1, 2].map { Double($0) * 0.5 }
print(ys)
let zs: [Double] = [1, 2].map { $0 * 2 }
print(zs)
