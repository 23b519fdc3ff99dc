// Checks passing named functions where closures are expected.
func isEven(_ n: Int) -> Bool { n % 2 == 0 }
func triple(_ n: Int) -> Int { n * 3 }
let xs = Array(1...6)
print(xs.filter(isEven))
print(xs.map(triple))
let f = triple
print(f(7))
let g: (Int) -> Bool = isEven
print(g(3), g(4))
