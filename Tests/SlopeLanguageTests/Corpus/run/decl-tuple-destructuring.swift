// Checks tuple destructuring in let and var declarations.
let (a, b) = (1, 2)
print(a, b)
var (x, y) = (1.0, 2.0)
x += y
print(x, y)
let (_, c) = ("skip", 3)
print(c)
let ((p, q), r) = ((1, 2), 3)
print(p, q, r)
func divide(_ n: Int, _ d: Int) -> (Int, Int) {
  return (n / d, n % d)
}
let (quotient, remainder) = divide(17, 5)
print(quotient, remainder)
