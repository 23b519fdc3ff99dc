// Checks switch with negative range patterns and a value pattern.
func describe(_ t: Int) -> String {
  switch t {
  case -100 ..< -10:
    return "very cold"
  case -10...0:
    return "cold"
  case 1, 2, 3:
    return "cool"
  default:
    return "warm"
  }
}
for t in [-50, -10, 0, 2, 30, -101] {
  print(t, describe(t))
}
