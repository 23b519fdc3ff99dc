// Checks one-sided range patterns in switch over Double and String subjects.
for x in [-2.5, 0, 0.5, 9.99, 10, 1e9] {
  switch x {
  case ..<0: print(x, "negative")
  case ...1: print(x, "up to one")
  case 10...: print(x, "ten or more")
  default: print(x, "between")
  }
}
for s in ["apple", "kiwi", "zebra"] {
  switch s {
  case ..<"b": print(s, "before b")
  case "y"...: print(s, "from y")
  default: print(s, "middle")
  }
}
