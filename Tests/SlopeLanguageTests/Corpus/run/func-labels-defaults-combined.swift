// Checks argument labels combined with default values, including skipping a middle default.
func point(x: Double = 0, y: Double = 0, z: Double = 0) -> (Double, Double, Double) {
  (x, y, z)
}
print(point())
print(point(y: 2))
print(point(x: 1, z: 3))
print(point(x: 1, y: 2, z: 3))
func greet(_ name: String, with greeting: String = "Hello", times: Int = 1) -> String {
  var parts: [String] = []
  for _ in 0..<times { parts.append("\(greeting), \(name)!") }
  return parts.joined(separator: " ")
}
print(greet("Ada"))
print(greet("Ada", with: "Hi"))
print(greet("Ada", times: 2))
print(greet("Ada", with: "Hey", times: 3))
func scale(_ values: [Double], by factor: Double = 2) -> [Double] {
  values.map { $0 * factor }
}
print(scale([1, 2]), scale([1, 2], by: 0.5))
