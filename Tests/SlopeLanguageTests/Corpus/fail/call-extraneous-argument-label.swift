// Checks that adding a label to an unlabelled parameter is an error.
func square(_ x: Double) -> Double {
  return x * x
}
print(square(3))
print(square(x: 3))
