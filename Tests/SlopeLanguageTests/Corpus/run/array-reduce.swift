// Checks reduce with operators as functions and with closures.
let xs = [1, 2, 3, 4]
print(xs.reduce(0, +))
print(xs.reduce(1, *))
print(xs.reduce(0) { $0 + $1 * $1 })
print([0.1, 0.2, 0.3].reduce(0, +))
print(["a", "b", "c"].reduce("", +))
print(xs.reduce(100, -))
let empty: [Int] = []
print(empty.reduce(42, +))
