// Checks functions returning tuples, arrays, Bool, String and optionals.
func pair() -> (Int, String) {
  return (1, "one")
}
func evens(upTo n: Int) -> [Int] {
  return Array(0...n).filter { $0 % 2 == 0 }
}
func isBig(_ x: Double) -> Bool {
  return x > 100
}
func name(_ n: Int) -> String {
  return n == 1 ? "one" : "many"
}
func find(_ x: Int, in xs: [Int]) -> Int? {
  return xs.firstIndex(of: x)
}
print(pair())
print(evens(upTo: 7))
print(isBig(1e3), name(2))
print(find(3, in: [1, 3]), find(9, in: [1]))
