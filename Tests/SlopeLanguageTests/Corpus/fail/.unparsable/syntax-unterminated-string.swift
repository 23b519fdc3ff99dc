// Checks a syntax error: a string literal that is not closed.
let a = "open
print(a)
print("after")
print(1)
