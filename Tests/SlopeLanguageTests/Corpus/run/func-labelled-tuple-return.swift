// Checks a function returning a labelled tuple.
func minMax(_ xs: [Int]) -> (min: Int, max: Int) {
  var low = xs[0]
  var high = xs[0]
  for x in xs {
    if x < low { low = x }
    if x > high { high = x }
  }
  return (low, high)
}
let bounds = minMax([3, -1, 8, 2])
print(bounds)
print(bounds.min, bounds.max)
print(minMax([5]).max)
