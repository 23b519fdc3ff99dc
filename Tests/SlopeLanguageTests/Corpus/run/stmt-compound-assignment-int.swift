// Checks += -= *= /= %= on Int variables.
var n = 10
n += 5
print(n)
n -= 3
print(n)
n *= 2
print(n)
n /= 5
print(n)
n %= 3
print(n)
var m = -17
m %= 5
print(m)
