// Checks that reading past the end of an array traps.
let xs = [1, 2, 3]
var i = 0
while i <= xs.count {
  print(xs[i])  // traps
  i += 1
}
