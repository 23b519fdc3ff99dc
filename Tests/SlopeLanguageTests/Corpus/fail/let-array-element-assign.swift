// Checks that assigning an element of a let array is an error.
let xs = [1, 2]
var ys = xs
ys[0] = 5
xs[0] = 5
print(xs, ys)
