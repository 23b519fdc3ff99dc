// Checks that a closure reads the current value of a captured top-level variable.
var factor = 2
let scale = { (x: Int) in x * factor }
print(scale(10))
factor = 5
print(scale(10))
var log: [String] = []
let record = { (s: String) in log.append(s) }
record("a")
record("b")
print(log)
