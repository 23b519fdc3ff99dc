// Checks that declaring the same name twice in one scope is an error.
func f() -> Int {
  let x = 1
  let x = 2
  return x
}
print(f())
