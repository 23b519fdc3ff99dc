// Checks functions that return closures capturing their arguments.
func makeAdder(_ n: Int) -> (Int) -> Int {
  return { x in x + n }
}
func makeLine(slope: Double, intercept: Double) -> (Double) -> Double {
  return { slope * $0 + intercept }
}
let addFive = makeAdder(5)
print(addFive(1), addFive(10))
let line = makeLine(slope: 2, intercept: -1)
print(line(0), line(1.5))
print(makeAdder(-1)(1))
