// Checks nested functions that use the enclosing function's parameters and locals.
func outer(_ x: Int) -> Int {
  let offset = 10
  func inner(_ y: Int) -> Int {
    return y + x + offset
  }
  return inner(1) + inner(2)
}
print(outer(5))
func table(_ n: Int) -> [Int] {
  func entry(_ i: Int) -> Int { i * n }
  return (1...3).map(entry)
}
print(table(7))
