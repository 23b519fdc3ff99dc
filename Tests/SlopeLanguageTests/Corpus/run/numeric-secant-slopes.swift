// Checks secant slopes of x^2 approaching the tangent slope at 1.
func f(_ x: Double) -> Double { x * x }
let a = 1.0
var slopes: [Double] = []
for b in [2.0, 1.5, 1.1, 1.01] {
  slopes.append((f(b) - f(a)) / (b - a))
}
print(slopes)
print(slopes.map { $0 - 2 })
