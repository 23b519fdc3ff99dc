// Checks evenly spaced samples computed from an index, as a plot would sample them.
func linspace(_ a: Double, _ b: Double, _ n: Int) -> [Double] {
  return (0..<n).map { a + (b - a) * Double($0) / Double(n - 1) }
}
print(linspace(0, 1, 5))
print(linspace(-1, 1, 4))
print(linspace(0, 0.3, 4))
let ys = linspace(0, 2, 3).map { $0 * $0 }
print(ys)
