// Checks ranges as values: contains, count, map, reversed and conversion to arrays.
let r = 0..<5
let c = 1...3
print(r, c)
print(r.contains(4), r.contains(5), c.contains(3))
print(r.count, c.count, (5..<5).isEmpty)
print(r.map { $0 * $0 })
print(Array(c.reversed()), Array(r).reversed())
print(c.reduce(0, +), r.filter { $0 % 2 == 0 })
print(r.lowerBound, r.upperBound, c.upperBound)
let xs = [10, 20, 30, 40]
print(xs[1..<3], xs[1...], xs[..<2], Array(xs[2...3]))
for i in xs.indices.reversed() {
  print(i, terminator: " ")
}
print()
print((1...4).map { Double($0) / 2 })
