// Checks how half-open and closed ranges print.
print(0..<5)
print(1...3)
let r = 2..<2
print(r)
print(0.0...1.0)
let lower = -3
print(lower..<lower + 2)
print(Array(1...3))
