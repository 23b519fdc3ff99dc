// Checks that a closure appending to a captured array changes the variable outside.
var history: [Double] = []
let record = { (x: Double) in
  history.append(x)
}
record(1)
record(2.5)
print(history)
let copy = history
record(4)
print(copy, history)
