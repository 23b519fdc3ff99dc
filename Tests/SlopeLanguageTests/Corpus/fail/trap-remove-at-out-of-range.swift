// Checks that remove(at:) past the end traps.
var xs = [1, 2, 3]
print(xs.remove(at: 2))
print(xs)
let index = xs.count
xs.remove(at: index)  // traps
print(xs)
