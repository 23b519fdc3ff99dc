// Checks that functions print as (Function) inside arrays and tuples.
func f(_ x: Double) -> Double { x }
let fs: [(Double) -> Double] = [f, { $0 * 2 }]
print(fs)
print((1, f))
let o: ((Double) -> Double)? = f
print(o == nil)
