// Checks a syntax error: a missing closing parenthesis at the end of the program.
let a = 1
let b = 2
print(a)
print(b, (a + b)
