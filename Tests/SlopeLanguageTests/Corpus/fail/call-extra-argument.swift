// Checks that passing too many arguments is an error.
func square(_ x: Int) -> Int {
  return x * x
}
print(square(3))
print(square(3, 4))
