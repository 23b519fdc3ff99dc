// Checks that integer literals passed to Double parameters become Doubles.
func half(_ x: Double) -> Double {
  return x / 2
}
func scaled(_ x: Double, by factor: Double) -> Double {
  return x * factor
}
print(half(3))
print(half(-1))
print(scaled(2, by: 3))
print(scaled(7, by: 0.5))
