// Checks that an index valid before removeLast() traps after it.
var xs = [1, 2, 3]
let last = xs.count - 1
print(xs[last])
xs.removeLast()
print(xs[last])  // traps
