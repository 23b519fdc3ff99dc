// Checks functions taking functions as parameters.
func apply(_ f: (Int) -> Int, to x: Int) -> Int {
  return f(x)
}
func twice(_ f: (Double) -> Double, _ x: Double) -> Double {
  return f(f(x))
}
func addOne(_ x: Int) -> Int { x + 1 }
print(apply(addOne, to: 1))
print(apply({ $0 * 3 }, to: 4))
print(twice({ $0 * $0 }, 3))
print(apply({ x in x - 10 }, to: 2))
