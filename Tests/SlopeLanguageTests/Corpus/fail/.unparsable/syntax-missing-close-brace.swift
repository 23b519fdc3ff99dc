// Checks a syntax error: a function body without its closing brace.
func f(_ x: Int) -> Int {
  let y = x + 1
  return y

print(f(1))
