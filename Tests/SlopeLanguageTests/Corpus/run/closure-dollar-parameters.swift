// Checks closures using $0 and $1 shorthand parameters.
let add: (Int, Int) -> Int = { $0 + $1 }
print(add(2, 3))
let square: (Double) -> Double = { $0 * $0 }
print(square(1.5))
print([1, 2, 3].map { $0 * 10 })
print([(1, 2), (3, 4)].map { $0.0 + $0.1 })
let second: (Int, Int) -> Int = { $1 }
print(second(7, 8))
