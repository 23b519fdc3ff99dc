// Checks && || ! and their short-circuit evaluation.
func loud(_ b: Bool) -> Bool {
  print("evaluated", b)
  return b
}
print(true && false, true || false, !false)
print(loud(false) && loud(true))
print(loud(true) || loud(false))
print(loud(true) && loud(true))
print(!(1 < 2) || 3 > 2 && 1 == 2)
