// Checks comparing optionals with nil and with values.
let a: Int? = 3
let b: Int? = nil
print(a == nil, b == nil)
print(a != nil, b != nil)
print(a == 3, b == 3)
let xs = [1, 2]
print(xs.firstIndex(of: 2) == 1)
print(xs.first == xs.last)
