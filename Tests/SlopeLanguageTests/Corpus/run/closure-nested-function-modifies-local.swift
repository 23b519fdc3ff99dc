// Checks a nested function that modifies a local variable of its enclosing function.
func countEvens(_ xs: [Int]) -> Int {
  var count = 0
  func visit(_ x: Int) {
    if x % 2 == 0 {
      count += 1
    }
  }
  for x in xs {
    visit(x)
  }
  return count
}
print(countEvens([1, 2, 3, 4, 6]))
print(countEvens([]))
