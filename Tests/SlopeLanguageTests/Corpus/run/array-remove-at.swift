// Checks remove(at:) returning the removed element.
var xs = [10, 20, 30, 40]
let removed = xs.remove(at: 1)
print(removed)
print(xs)
print(xs.remove(at: 0))
print(xs)
xs.remove(at: xs.count - 1)
print(xs)
