// Checks removeLast() returning the last element.
var xs = [1, 2, 3]
let last = xs.removeLast()
print(last, xs)
xs.removeLast()
print(xs)
print(xs.removeLast())
print(xs, xs.isEmpty)
