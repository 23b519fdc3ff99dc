// Checks that returning a String from a function returning Int is an error.
func count() -> Int {
  return "three"
}
print(count())
print("unreachable")
