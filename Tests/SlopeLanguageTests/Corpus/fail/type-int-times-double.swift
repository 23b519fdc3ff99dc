// Checks that a named Int never converts to Double: Int * Double is an error.
let n = 2
let half = 0.5
print(half)
print(n * 0.5)
