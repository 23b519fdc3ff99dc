// Checks tuple element access by index and label, and nested access.
let t = (1, "two", 3.0)
print(t.0, t.1, t.2)
let point = (x: 1.5, y: -2.0)
print(point.x, point.y)
print(point.0 + point.1)
let nested = ((1, 2), (a: 3, b: 4))
print(nested.0.1, nested.1.a, nested.1.b)
var p = (x: 0, y: 0)
p.x = 5
p.1 = 7
print(p)
