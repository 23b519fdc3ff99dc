// Checks nested functions that read and change variables of the enclosing function.
func statistics(_ values: [Double]) -> (mean: Double, count: Int) {
  var total = 0.0
  var count = 0
  func add(_ value: Double) {
    total += value
    count += 1
  }
  for value in values where value >= 0 { add(value) }
  func mean() -> Double { count == 0 ? 0 : total / Double(count) }
  return (mean(), count)
}
print(statistics([1, 2, -5, 3]))
print(statistics([]))
func makeCounter(step: Int) -> () -> Int {
  var current = 0
  func next() -> Int {
    current += step
    return current
  }
  return next
}
let byTwo = makeCounter(step: 2)
let byTen = makeCounter(step: 10)
print(byTwo(), byTwo(), byTen(), byTwo())
func fibonacci(_ n: Int) -> [Int] {
  var memo = [0, 1]
  func fib(_ k: Int) -> Int {
    if k < memo.count { return memo[k] }
    let value = fib(k - 1) + fib(k - 2)
    memo.append(value)
    return value
  }
  _ = fib(n)
  return memo
}
print(fibonacci(10))
