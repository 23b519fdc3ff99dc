// Checks compound assignment of integer literals to Double variables.
var x = 1.5
x += 1
print(x)
x *= 2
print(x)
x -= 10
print(x)
x /= 4
print(x)
