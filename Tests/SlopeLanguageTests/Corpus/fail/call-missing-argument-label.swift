// Checks that leaving out a required argument label is an error.
func area(width: Double, height: Double) -> Double {
  return width * height
}
print(area(width: 2, height: 3))
print(area(2, height: 3))
