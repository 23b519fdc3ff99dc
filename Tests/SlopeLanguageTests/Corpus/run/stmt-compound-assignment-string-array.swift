// Checks += on strings and arrays.
var s = "ab"
s += "cd"
s += String(1)
print(s)
var xs = [1, 2]
xs += [3]
xs += []
print(xs)
var grid = [[1], [2]]
grid[0] += [9]
print(grid)
