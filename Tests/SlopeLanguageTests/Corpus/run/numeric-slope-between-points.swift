// Checks the slope of the line through two points, as the tutorial computes it.
func slope(from p: (x: Double, y: Double), to q: (x: Double, y: Double)) -> Double {
  return (q.y - p.y) / (q.x - p.x)
}
print(slope(from: (x: 0, y: 0), to: (x: 2, y: 4)))
print(slope(from: (x: 1, y: 3), to: (x: 4, y: -3)))
print(slope(from: (x: 0.1, y: 0.2), to: (x: 0.4, y: 0.3)))
let p = (x: 1.0, y: 1.0)
print(slope(from: p, to: p))
