// Checks that returning a Double variable from a function returning Int is an error.
func truncated(_ x: Double) -> Int {
  let y = x * 2
  return y
}
print(truncated(1.5))
