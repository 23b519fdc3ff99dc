// Checks count and isEmpty on empty and filled arrays.
let empty: [Int] = []
let xs = [4, 5, 6]
print(empty.count, empty.isEmpty)
print(xs.count, xs.isEmpty)
var grow: [String] = []
grow.append("a")
print(grow.count, grow.isEmpty)
print([[1, 2], []].count)
