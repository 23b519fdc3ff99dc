// Checks guard-let chains with conditions inside functions, and early returns.
func ratio(_ numerator: Int?, _ denominator: Int?) -> Double? {
  guard let n = numerator, let d = denominator, d != 0 else { return nil }
  return Double(n) / Double(d)
}
print(ratio(1, 4) as Any)
print(ratio(1, 0) as Any)
print(ratio(nil, 2) as Any)
if let r = ratio(3, 4) {
  print("ratio", r)
}
func firstNegative(_ values: [Double]) -> String {
  guard let index = values.firstIndex(where: { $0 < 0 }) else { return "none" }
  guard index > 0 else { return "at the start" }
  return "at \(index): \(values[index])"
}
print(firstNegative([1, 2]), firstNegative([-1, 2]), firstNegative([1, -2.5]))
func parse(_ values: [Int?]) -> Int {
  var sum = 0
  for value in values {
    guard let value = value else { continue }
    sum += value
  }
  return sum
}
print(parse([1, nil, 2, nil, 3]))
