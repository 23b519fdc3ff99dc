// Checks trailing closures after other arguments, multi-statement, and of a Void function.
func apply(_ x: Int, _ f: (Int) -> Int) -> Int { f(x) }
print(apply(4) { $0 - 1 })
let r = apply(2) { x in
  let y = x * 3
  return y + 1
}
print(r)
func twice(_ f: () -> Void) {
  f()
  f()
}
twice { print("hi") }
