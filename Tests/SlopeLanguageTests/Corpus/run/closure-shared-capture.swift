// Checks two closures sharing one captured variable.
func makePair() -> (() -> Void, () -> Int) {
  var n = 0
  let increment = { n += 1 }
  let read = { n }
  return (increment, read)
}
let (inc, get) = makePair()
inc()
inc()
print(get())
let (inc2, get2) = makePair()
inc2()
print(get2(), get())
