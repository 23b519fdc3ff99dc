// Checks that leaving out an argument without a default is an error.
func clamp(_ x: Double, low: Double, high: Double) -> Double {
  return min(max(x, low), high)
}
print(clamp(5, low: 0, high: 1))
print(clamp(5, low: 0))
