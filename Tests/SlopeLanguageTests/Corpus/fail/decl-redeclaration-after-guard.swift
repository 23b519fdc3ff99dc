// Checks that a 'let' after 'guard let x = x' conflicts with the guard's binding.
func f(_ x: Int?) {
  guard let x = x else { return }
  let x = 2
  print(x)
}
f(1)
