// Checks that two parameters of one function cannot share a name.
func f(_ x: Int, _ x: Int) -> Int {
  return x
}
print(f(1, 2))
