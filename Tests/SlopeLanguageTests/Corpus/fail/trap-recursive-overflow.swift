// Checks that an overflow deep inside a recursive function traps.
func power(_ base: Int, _ exponent: Int) -> Int {
  if exponent == 0 {
    return 1
  }
  return base * power(base, exponent - 1)  // traps
}
print(power(2, 10))
print(power(2, 62))
print(power(2, 63))
