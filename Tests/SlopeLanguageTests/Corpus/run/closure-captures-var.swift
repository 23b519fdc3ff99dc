// Checks that a closure captures a variable, not a copy: a counter.
func makeCounter() -> () -> Int {
  var count = 0
  return {
    count += 1
    return count
  }
}
let counter = makeCounter()
print(counter())
print(counter())
print(counter())
let other = makeCounter()
print(other())
print(counter())
