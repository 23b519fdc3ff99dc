// Checks arrays of closures called in a loop.
let operations: [(Double) -> Double] = [
  { $0 + 1 },
  { $0 * 2 },
  { x in x * x },
]
for op in operations {
  print(op(3))
}
var value = 1.0
for op in operations {
  value = op(value)
}
print(value)
print(operations.map { $0(0.5) })
