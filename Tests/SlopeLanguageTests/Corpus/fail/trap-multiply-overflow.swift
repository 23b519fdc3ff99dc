// Checks that Int multiplication overflowing at run time traps: factorial of 21.
var product = 1
for i in 1...25 {
  product *= i  // traps
  print(i, product)
}
