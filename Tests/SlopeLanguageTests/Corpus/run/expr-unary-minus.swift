// Checks unary minus on variables, expressions and literals.
let a = 5
let b = 2.5
print(-a)
print(-b)
print(-a * 2)
print(-(a + 1))
print(-(-a))
print(a - -1)
print(-b * -b)
