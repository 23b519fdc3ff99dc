// Checks switch over Int ranges and values with comma-separated patterns.
func grade(_ score: Int) -> String {
  switch score {
  case 90...100: return "A"
  case 80..<90: return "B"
  case 70..<80, 65..<70: return "C"
  case 0..<65: return "F"
  default: return "invalid"
  }
}
for score in [100, 95, 85, 72, 66, 10, -1, 101] {
  print(score, grade(score))
}
func kind(_ n: Int) -> String {
  switch n {
  case 0: return "zero"
  case 1, 3, 5, 7, 9: return "odd digit"
  case 2, 4, 6, 8: return "even digit"
  case ..<0: return "negative"
  default: return "big"
  }
}
print([0, 3, 8, -4, 42].map(kind))
let temperature = -3.5
switch temperature {
case ..<0: print("freezing")
case 0..<20: print("cool")
default: print("warm")
}
