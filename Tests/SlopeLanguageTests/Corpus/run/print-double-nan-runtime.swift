// Checks that NaN computed at run time on x86-64 carries the sign bit and prints -nan.
let zero = 0.0
let inf = Double.infinity
let a = zero / zero
let b = inf - inf
let c = zero * inf
print(a)
print(b)
print(c)
print(a.isNaN, b.isNaN, c.isNaN)
print(-a)
