// Checks that a function with a result must return on every path.
func sign(_ x: Int) -> Int {
  if x > 0 {
    return 1
  } else if x < 0 {
    return -1
  }
}
print(sign(3))
