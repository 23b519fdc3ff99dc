// Checks a closure defined and called in one expression.
let value = { () -> Int in
  var total = 0
  for i in 1...4 {
    total += i
  }
  return total
}()
print(value)
let label = { (x: Double) in x > 0 ? "positive" : "not positive" }(-1)
print(label)
