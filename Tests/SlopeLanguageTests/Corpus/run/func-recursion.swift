// Checks recursive functions.
func factorial(_ n: Int) -> Int {
  return n <= 1 ? 1 : n * factorial(n - 1)
}
func fibonacci(_ n: Int) -> Int {
  if n < 2 {
    return n
  }
  return fibonacci(n - 1) + fibonacci(n - 2)
}
print(factorial(10))
print(factorial(20))
print((0..<12).map(fibonacci))
