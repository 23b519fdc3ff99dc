// Checks reduce with an operator function and with closures on Double and Int arrays.
let xs = [0.1, 0.2, 0.3]
print(xs.reduce(0, +))
print(xs.reduce(0.0) { $0 + $1 * $1 })
print(xs.reduce(1, *))
print([1, 2, 3, 4].reduce(0, +), [1, 2, 3, 4].reduce(1, *))
let mean = xs.reduce(0, +) / Double(xs.count)
print(mean)
print(xs.map { $0 * 10 }.filter { $0 > 1.5 }.reduce(0, +))
let longest = ["a", "abc", "ab"].reduce("") { $1.count > $0.count ? $1 : $0 }
print(longest)
print([Double]().reduce(0, +))
