// Checks that negating Int.min at run time traps.
let values = [1, -5, Int.min]
for v in values {
  print(-v)  // traps
}
print("unreachable")
