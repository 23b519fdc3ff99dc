// Checks that /= by zero on Int traps.
var n = 100
var d = 5
n /= d
print(n)
d -= 5
n /= d  // traps
print(n)
