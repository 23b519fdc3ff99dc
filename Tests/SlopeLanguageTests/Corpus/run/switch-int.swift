// Checks switch over Int with single values, comma patterns and default.
func name(_ n: Int) -> String {
  switch n {
  case 0:
    return "zero"
  case 1, 2, 3:
    return "few"
  case -1:
    return "minus one"
  default:
    return "many"
  }
}
for n in [0, 2, 3, -1, 7] {
  print(n, name(n))
}
