// Checks that function parameters are constants.
func bump(_ x: Int) -> Int {
  x += 1
  return x
}
print(bump(1))
