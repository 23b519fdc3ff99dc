// Checks that a trailing closure cannot fill an unnamed parameter declared before a labelled one.
func apply(_ f: (Int) -> Int, to x: Int) -> Int { f(x) }
print(apply({ $0 + 1 }, to: 2))
print(apply({ x in x * x }, to: 3))
print(apply(to: 4) { $0 - 1 })
