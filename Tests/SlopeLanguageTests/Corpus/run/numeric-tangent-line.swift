// Checks a tangent line built from a numerical slope.
func f(_ x: Double) -> Double { x * x }
func tangent(at a: Double) -> (Double) -> Double {
  let h = 1e-6
  let m = (f(a + h) - f(a - h)) / (2 * h)
  return { x in f(a) + m * (x - a) }
}
let line = tangent(at: 1)
print(line(1))
print(line(2))
print(line(0))
