// Checks the ternary conditional operator, nested and in expressions.
let x = 7
print(x > 5 ? "big" : "small")
print(x % 2 == 0 ? "even" : x % 3 == 0 ? "three" : "other")
let y = (x > 0 ? x : -x) * 2
print(y)
let d = x < 0 ? 0.0 : Double(x) / 2
print(d)
