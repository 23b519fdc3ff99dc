// Checks that a function body may shadow its parameters: they are in a scope around the body.
func next(_ x: Int) -> Int {
  let x = x + 1
  return x
}
print(next(1))
func clamp(_ value: Double, to limit: Double) -> Double {
  var value = value
  if value > limit { value = limit }
  return value
}
print(clamp(3.5, to: 2), clamp(1.5, to: 2))
func countdown(from start: Int) {
  var start = start
  while start > 0 {
    print(start, terminator: " ")
    start -= 1
  }
  print("go")
}
countdown(from: 3)
func outer(_ n: Int) -> Int {
  var total = 0
  func add(_ n: Int) {
    let n = n * 2
    total += n
  }
  for n in 0..<n { add(n) }
  return total
}
print(outer(4))
