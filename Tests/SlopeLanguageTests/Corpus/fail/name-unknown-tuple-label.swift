// Checks that an unknown tuple label is an error.
let point = (x: 1.0, y: 2.0)
print(point.x)
print(point.z)
print("unreachable")
