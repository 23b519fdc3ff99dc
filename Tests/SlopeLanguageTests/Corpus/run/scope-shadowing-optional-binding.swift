// Checks that 'if let x = x' and 'guard let x = x' may shadow parameters and earlier names.
func describe(_ x: Int?) -> String {
  if let x = x {
    let x = x * 10
    return "some \(x)"
  }
  return "none"
}
print(describe(4), describe(nil))
func unwrap(_ x: Int?) -> Int {
  guard let x = x else { return -1 }
  return x + 1
}
print(unwrap(41), unwrap(nil))
func firstEven(_ values: [Int]) -> Int {
  let found = values.firstIndex(of: 2)
  guard let found = found else { return -1 }
  return found
}
print(firstEven([1, 2, 3]), firstEven([5]))
func chain(_ x: Int?) {
  if let z = x, let z = Optional(z + 1) {
    print("chained", z)
  }
}
chain(1)
let top: Int? = 7
if let top = top {
  print(top + 1)
}
guard let top = top else { fatalError() }
print(top)
