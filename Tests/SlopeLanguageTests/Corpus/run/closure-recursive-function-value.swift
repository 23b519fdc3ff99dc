// Checks that a nested recursive function can be passed around as a value.
func makeFactorial() -> (Int) -> Int {
  func fact(_ n: Int) -> Int {
    return n <= 1 ? 1 : n * fact(n - 1)
  }
  return fact
}
let factorial = makeFactorial()
print(factorial(5))
print((1...6).map(factorial))
