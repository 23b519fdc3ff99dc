// Checks a syntax error: a binary operator without a right operand.
let a = 1
print(a)
let b = (a + )
print(b)
