// Checks tuple assignment into array elements and tuple fields, with a discarded field.
var xs = [1, 2, 3]
(xs[0], xs[2]) = (xs[2], xs[0])
print(xs)
var point = (x: 1.0, y: 2.0)
(point.x, point.y) = (point.y, -point.x)
print(point)
var low = 0
var high = 10
(low, _) = (5, "ignored")
print(low, high)
(low, high) = (high, low)
print(low, high)
let pair = (7, 8)
var first = 0
var second = 0
(first, second) = pair
print(first, second)
