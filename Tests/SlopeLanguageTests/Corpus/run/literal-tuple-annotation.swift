// Checks integer literals inside tuples annotated with Double types.
let p: (Double, Double) = (1, 2)
print(p)
let q: (x: Double, n: Int) = (x: 3, n: 3)
print(q)
func origin() -> (Double, Double) {
  return (0, 0)
}
print(origin())
