// Checks that a call matching no overload of a nested function names it a local function.
func outer() {
  func d(_ v: Int) -> Int { v }
  func d(_ v: Double) -> Double { v }
  print(d("x"))
}
outer()
