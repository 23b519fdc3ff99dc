// Checks let constants and var variables.
let a = 1
var b = 2
b = b + a
print(a, b)
var s = "x"
s = "y"
print(s)
var values = [1]
values.append(2)
print(values)
