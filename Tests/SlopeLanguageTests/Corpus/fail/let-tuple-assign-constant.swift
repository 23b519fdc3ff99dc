// Checks that tuple assignment cannot assign to a let constant.
let a = 1
var b = 2
(a, b) = (b, a)
print(a, b)
