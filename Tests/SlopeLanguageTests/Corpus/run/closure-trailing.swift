// Checks trailing closure syntax with functions and array methods.
func repeatTwice(_ body: () -> Void) {
  body()
  body()
}
repeatTwice {
  print("hello")
}
func transform(_ x: Int, by f: (Int) -> Int) -> Int {
  return f(x)
}
print(transform(5) { $0 * $0 })
let sorted = [3, 1, 2].sorted { $0 > $1 }
print(sorted)
print([1, 2, 3].filter { $0 != 2 }.map { $0 + 100 })
