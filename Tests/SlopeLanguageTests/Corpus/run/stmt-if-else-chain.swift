// Checks if / else if / else choosing the first true branch.
func classify(_ x: Int) -> String {
  if x < 0 {
    return "negative"
  } else if x == 0 {
    return "zero"
  } else if x < 10 {
    return "small"
  } else {
    return "large"
  }
}
for x in [-5, 0, 3, 10, 99] {
  print(x, classify(x))
}
