// Checks that assigning a Double to an Int variable is an error.
var n = 1
n += 1
n = 2.5
print(n)
print("unreachable")
