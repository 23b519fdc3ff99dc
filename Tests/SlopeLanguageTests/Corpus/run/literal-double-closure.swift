// Checks integer literals in closures whose type says Double.
let g: (Double) -> Double = { x in x * 2 + 1 }
print(g(1))
print(g(0.25))
let h: (Double, Double) -> Double = { $0 * 10 + $1 }
print(h(1, 2))
let k = { (x: Double) -> Double in x - 1 }
print(k(3))
