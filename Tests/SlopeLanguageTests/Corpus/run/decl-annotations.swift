// Checks declarations with explicit type annotations.
let a: Int = 1
let s: String = "text"
let b: Bool = false
let xs: [Int] = [1, 2]
let grid: [[Int]] = [[1], [2, 3]]
let f: (Int) -> Int = { $0 + 1 }
print(a, s, b)
print(xs, grid)
print(f(a))
