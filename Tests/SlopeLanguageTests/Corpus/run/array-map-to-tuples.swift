// Checks map producing tuples and reading them back.
let xs = [1.0, 2.0, 3.0]
let points = xs.map { (x: $0, y: $0 * $0) }
print(points)
print(points.map { $0.y })
let total = points.reduce(0.0) { $0 + $1.x * $1.y }
print(total)
