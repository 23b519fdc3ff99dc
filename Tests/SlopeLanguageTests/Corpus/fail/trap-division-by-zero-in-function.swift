// Checks a division by zero inside a function called from a loop.
func mean(_ xs: [Int]) -> Int {
  return xs.reduce(0, +) / xs.count  // traps
}
print(mean([1, 2, 3]))
let empty: [Int] = []
print(mean(empty))
