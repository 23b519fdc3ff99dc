// Checks that a local variable cannot be used before its declaration.
func f() -> Int {
  let a = 1
  let b = a + c
  let c = 2
  return b + c
}
print(f())
