// Checks a trap inside a nested function after partial output.
func table(_ xs: [Int]) {
  func reciprocal(_ x: Int) -> Int {
    return 1000 / x  // traps
  }
  for x in xs {
    print(x, reciprocal(x))
  }
}
table([1, 10, 0, 5])
