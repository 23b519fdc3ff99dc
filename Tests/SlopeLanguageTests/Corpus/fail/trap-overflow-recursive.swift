// Checks that overflow inside a recursive function traps at the multiplication.
func power(_ base: Int, _ exponent: Int) -> Int {
  if exponent == 0 { return 1 }
  return base * power(base, exponent - 1)  // traps
}
print(power(2, 10))
print(power(10, 18))
print(power(10, 19))
