// Checks that a factorial loop traps once the product leaves Int's range.
var product = 1
for n in 1...30 {
  product *= n  // traps
  print(n, product)
}
