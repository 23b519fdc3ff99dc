// Checks functions that return optionals, used with if let and ??.
func parseDigit(_ s: String) -> Int? {
  switch s {
  case "0": return 0
  case "1": return 1
  case "2": return 2
  default: return nil
  }
}
print(parseDigit("1"))
print(parseDigit("x"))
let digits = ["2", "a", "0"].compactMap(parseDigit)
print(digits)
if let d = parseDigit("2") {
  print(d * 100)
}
