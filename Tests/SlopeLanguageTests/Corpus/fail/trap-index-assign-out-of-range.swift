// Checks that assigning past the end of an array traps instead of growing it.
var xs = [1, 2]
xs[1] = 5
print(xs)
let n = xs.count
xs[n] = 6  // traps
print(xs)
