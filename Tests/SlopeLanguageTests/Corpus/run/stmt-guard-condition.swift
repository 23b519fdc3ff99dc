// Checks guard with a Boolean condition that exits early.
func safeDivide(_ a: Double, _ b: Double) -> Double {
  guard b != 0 else {
    print("refusing to divide by zero")
    return 0
  }
  return a / b
}
print(safeDivide(1, 4))
print(safeDivide(1, 0))
func firstPositive(_ xs: [Int]) -> Int {
  for x in xs {
    guard x > 0 else { continue }
    return x
  }
  return -1
}
print(firstPositive([-1, 0, 5, 6]))
print(firstPositive([]))
