// Checks that a local constant cannot read itself in its initializer when no outer name exists.
func g() {
  let total = total + 1
  print(total)
}
g()
