// Checks that a call with the wrong argument label is an error.
func scale(_ x: Double, by factor: Double) -> Double {
  return x * factor
}
print(scale(2, by: 3))
print(scale(2, times: 3))
