// Checks nested ternaries, short-circuit logic with side effects, and precedence with comparisons.
func sign(_ x: Double) -> String { x > 0 ? "+" : x < 0 ? "-" : "0" }
print(sign(2), sign(-0.5), sign(0))
var calls = 0
func check(_ value: Bool) -> Bool {
  calls += 1
  return value
}
print(check(false) && check(true), calls)
print(check(true) || check(false), calls)
print(!check(false) && !check(false), calls)
let a = 3
let b = 4
print((a < b) == true, a + 1 == b && b - 1 == a, !(a > b))
print(a > 2 ? a * 2 : a / 2, (a > 5 ? 1.0 : 0.5) * 2)
let label = a % 2 == 0 ? "even" : "odd"
print(label)
