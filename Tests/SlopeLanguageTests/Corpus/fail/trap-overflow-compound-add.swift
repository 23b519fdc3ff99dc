// Checks that += on an Int at Int.max traps with arithmetic overflow.
var x = Int.max - 1
for step in 0..<3 {
  print(step, x)
  x += 1  // traps
}
