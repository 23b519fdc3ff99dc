// Checks string interpolation of optionals, arrays, tuples, ranges and expressions.
let maybe: Int? = 3
let nothing: Double? = nil
print("maybe: \(maybe as Any), nothing: \(nothing as Any)")
print("unwrapped: \(maybe!), with default: \(nothing ?? -1)")
let xs = [1.5, 2.0]
print("array: \(xs), count: \(xs.count), first: \(xs[0])")
print("tuple: \((1, "a")), labelled: \((x: 1, y: 2))")
print("range: \(0..<3), closed: \(1...2)")
print("math: \(2 * 3 + 1), division: \(7.0 / 2), bool: \(3 > 2)")
let name = "Ada"
print("nested: \("hi \(name)")")
print(
  """
  multi-line \(name)
    indented \(xs.map { $0 * 2 })
  end
  """
)
