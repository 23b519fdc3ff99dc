// Checks insert(_:at:) at the start, middle and end.
var xs = [1, 2, 3]
xs.insert(0, at: 0)
print(xs)
xs.insert(99, at: 2)
print(xs)
xs.insert(7, at: xs.count)
print(xs)
var empty: [String] = []
empty.insert("only", at: 0)
print(empty)
