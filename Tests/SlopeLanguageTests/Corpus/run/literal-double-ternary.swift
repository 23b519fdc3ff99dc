// Checks integer literals in a ternary bound as Double.
let flag = true
let v: Double = flag ? 1 : 2
print(v)
let w = flag ? 1.5 : 2
print(w)
let n = flag ? 3 : 4
print(n)
