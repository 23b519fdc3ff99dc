// Checks that a closure's changes to a captured local variable are visible outside it.
func run() {
  var total = 0
  let add = { (x: Int) in total += x }
  add(3)
  add(4)
  print(total)
  total = 100
  add(1)
  print(total)
}
run()
