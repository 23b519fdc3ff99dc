// Checks that a guard body must leave the scope.
func check(_ x: Int) {
  guard x > 0 else {
    print("not positive")
  }
  print(x)
}
check(1)
