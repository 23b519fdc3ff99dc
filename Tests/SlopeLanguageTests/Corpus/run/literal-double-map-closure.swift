// Checks [0, 1, 2].map { f($0) } with f taking a Double: the literal array is [Double].
func f(_ x: Double) -> Double {
  return x * x / 2
}
print([0, 1, 2].map { f($0) })
let mapped = [3, 4].map { f($0) + 1 }
print(mapped)
print([1, 2, 3].map { $0 * 0.5 })
