// Checks that parameters and locals shadow top-level names inside functions.
let value = 100
func display(_ value: Int) {
  print(value)
}
func local() -> Int {
  let value = 5
  return value * 2
}
display(7)
print(local())
print(value)
let closure = { (value: Int) in value + 1 }
print(closure(1))
