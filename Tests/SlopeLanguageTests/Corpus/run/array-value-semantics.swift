// Checks that copying an array and mutating the copy leaves the original alone.
let original = [1, 2, 3]
var copy = original
copy.append(4)
copy[0] = 99
print(original)
print(copy)
var a = [1.0]
var b = a
b[0] = 2
a.append(3)
print(a, b)
