// Checks that -= below Int.min traps.
var low = Int.min + 2
while true {
  low -= 1  // traps
  print(low)
}
