// Checks printing of labelled tuples, partly labelled ones, nested ones and their fields.
let result = (value: 1.0, derivative: 2.0)
print(result)
print(result.value, result.derivative, result.0)
let partly = (1, label: "a")
print(partly)
let nested = (point: (x: 1, y: 2), name: "p")
print(nested)
print(nested.point, nested.point.x)
func minMax(_ values: [Int]) -> (min: Int, max: Int)? {
  guard let low = values.min(), let high = values.max() else { return nil }
  return (low, high)
}
print(minMax([3, 1, 2]) as Any)
print(minMax([]) as Any)
if let bounds = minMax([5, -1]) {
  print(bounds, bounds.min, bounds.max)
}
print("\(result)")
let (value, slope) = result
print(value, slope)
