// Checks guard let binding an optional for the rest of the function.
func describe(_ xs: [Int]) -> String {
  guard let first = xs.first, let last = xs.last else {
    return "empty"
  }
  return "from \(first) to \(last)"
}
print(describe([4, 5, 6]))
print(describe([]))
func index(of x: Int, in xs: [Int]) -> Int {
  guard let i = xs.firstIndex(of: x) else { return -1 }
  return i
}
print(index(of: 5, in: [1, 5]), index(of: 7, in: [1]))
