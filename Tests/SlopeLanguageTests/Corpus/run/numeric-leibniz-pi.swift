// Checks the Leibniz series for pi with a growing number of terms.
func leibniz(_ terms: Int) -> Double {
  var sum = 0.0
  var sign = 1.0
  for k in 0..<terms {
    sum += sign / Double(2 * k + 1)
    sign = -sign
  }
  return 4 * sum
}
for n in [1, 10, 100, 1000] {
  print(n, leibniz(n))
}
