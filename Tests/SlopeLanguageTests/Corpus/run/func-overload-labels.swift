// Checks overloading by argument labels.
func area(side: Double) -> Double {
  return side * side
}
func area(width: Double, height: Double) -> Double {
  return width * height
}
func scale(_ x: Double) -> Double { x * 10 }
func scale(by x: Double) -> Double { x * 100 }
print(area(side: 3))
print(area(width: 2, height: 5))
print(scale(1.5))
print(scale(by: 1.5))
