// Checks functions without a result and an early return.
func report(_ x: Int) {
  if x < 0 {
    print("negative")
    return
  }
  print("value", x)
}
report(3)
report(-3)
func nothing() {}
nothing()
print("done")
