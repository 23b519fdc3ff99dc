// Checks tuple assignment, swapping with a tuple, and destructuring function results.
var a = 1
var b = 2
(a, b) = (b, a)
print(a, b)
var (x, y) = (0.5, 1.5)
(x, y) = (y * 2, x * 2)
print(x, y)
func divide(_ n: Int, by d: Int) -> (quotient: Int, remainder: Int) {
  (n / d, n % d)
}
let (q, r) = divide(17, by: 5)
print(q, r)
let result = divide(-17, by: 5)
print(result.quotient, result.remainder, result)
var fib = (0, 1)
for _ in 0..<10 {
  fib = (fib.1, fib.0 + fib.1)
}
print(fib)
let (_, second) = (1, "two")
print(second)
