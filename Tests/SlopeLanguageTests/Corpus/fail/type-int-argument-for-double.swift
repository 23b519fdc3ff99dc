// Checks that passing an Int variable to a Double parameter is an error.
func half(_ x: Double) -> Double {
  return x / 2
}
let n = 3
print(half(n))
