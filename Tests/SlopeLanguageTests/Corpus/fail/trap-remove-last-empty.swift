// Checks that removeLast() on an empty array traps.
var xs = [1, 2]
while true {
  print(xs.removeLast())  // traps
}
