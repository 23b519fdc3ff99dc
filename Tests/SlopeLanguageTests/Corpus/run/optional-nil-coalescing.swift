// Checks ?? with present and absent values and chaining.
let a: Int? = 3
let b: Int? = nil
print(a ?? 0, b ?? 0)
print(b ?? a ?? -1)
let xs: [Int] = []
print(xs.first ?? 99)
print(xs.max() ?? Int.min)
let d: Double? = nil
print(d ?? 0.5)
