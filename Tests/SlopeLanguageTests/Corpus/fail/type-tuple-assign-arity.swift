// Checks that a tuple assignment needs as many values as places.
var a = 1
var b = 2
(a, b) = (1, 2, 3)
print(a, b)
