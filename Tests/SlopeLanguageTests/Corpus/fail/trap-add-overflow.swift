// Checks that Int addition overflowing at run time traps.
let one = 1
var x = Int.max - 2
for _ in 0..<5 {
  x = x + one  // traps
  print(x)
}
