// Checks first and last, which are optionals.
let xs = [4, 5, 6]
print(xs.first)
print(xs.last)
let empty: [Double] = []
print(empty.first)
print(empty.last)
print(xs.first ?? -1, empty.last ?? -1)
if let f = xs.first {
  print("first is", f)
}
