// Checks that passing a String where a Double is expected is an error.
func square(_ x: Double) -> Double {
  return x * x
}
print(square(2))
print(square("2"))
