// Checks switch over Int with half-open and closed range patterns.
func grade(_ score: Int) -> String {
  switch score {
  case 90...100:
    return "A"
  case 75..<90:
    return "B"
  case 0..<75:
    return "C"
  default:
    return "invalid"
  }
}
for s in [100, 90, 89, 75, 74, 0, -1, 101] {
  print(s, grade(s))
}
