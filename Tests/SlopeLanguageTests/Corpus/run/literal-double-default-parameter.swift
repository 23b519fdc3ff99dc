// Checks integer literal default values of Double parameters.
func step(from x: Double = 1, by h: Double = 2) -> Double {
  return x + h
}
print(step())
print(step(from: 5))
print(step(by: 0.5))
print(step(from: -1, by: -1))
