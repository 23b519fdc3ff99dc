// Checks that insert(_:at:) beyond the end traps.
var xs = [1, 2]
xs.insert(3, at: 2)
print(xs)
let position = 5
xs.insert(4, at: position)  // traps
print(xs)
