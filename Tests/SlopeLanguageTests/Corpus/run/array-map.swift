// Checks map with closures and named functions.
let xs = [1, 2, 3]
print(xs.map { $0 * $0 })
print(xs.map { Double($0) / 2 })
print(xs.map { String($0) })
func negate(_ x: Int) -> Int { -x }
print(xs.map(negate))
print(xs.map { x in (x, x * 10) })
let empty: [Int] = []
print(empty.map { $0 + 1 })
