// Checks that integer literals bound with a Double annotation are Doubles.
let a: Double = 3
print(a)
var b: Double = 0
b += 1
print(b)
let c: Double = -4
print(c / 8)
let d: Double = 10 / 4
print(d)
let e = 10 / 4
print(e)
