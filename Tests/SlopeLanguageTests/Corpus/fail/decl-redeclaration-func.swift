// Checks that declaring the same function twice is an error.
func twice(_ x: Int) -> Int {
  return x * 2
}
func twice(_ x: Int) -> Int {
  return x + x
}
print(twice(2))
