// Checks that integer literals in an array used as [Double] are Doubles.
let xs: [Double] = [0, 1, 2]
print(xs)
func total(_ values: [Double]) -> Double {
  return values.reduce(0, +)
}
print(total([1, 2, 3]))
var ys: [Double] = []
ys.append(4)
ys += [5, 6]
print(ys)
