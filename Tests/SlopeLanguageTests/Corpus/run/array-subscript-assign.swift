// Checks reading and assigning elements by subscript, including nested arrays.
var xs = [1, 2, 3]
xs[0] = 10
xs[2] = xs[0] + xs[1]
print(xs)
var grid = [[1, 2], [3, 4]]
grid[1][0] = 30
print(grid)
print(grid[0][1])
let last = xs[xs.count - 1]
print(last)
