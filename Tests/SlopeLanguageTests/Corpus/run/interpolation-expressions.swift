// Checks interpolation of calls, ternaries, subscripts and nested interpolation.
func square(_ x: Int) -> Int { x * x }
let xs = [3, 4]
print("\(square(xs[0])) + \(square(xs[1])) = \(square(5))")
print("\(xs.count > 1 ? "many" : "one") items")
print("first: \(xs.first ?? 0), max: \(xs.max() ?? 0)")
print("\(xs.map { $0 * 2 })")
print("a\("b\("c")")d")
