// Checks Array(repeating:count:) for several element types.
print(Array(repeating: 0, count: 3))
print(Array(repeating: 1.5, count: 2))
print(Array(repeating: "ab", count: 2))
print(Array(repeating: 7, count: 0))
var grid = Array(repeating: Array(repeating: 0, count: 2), count: 2)
grid[0][1] = 5
print(grid)
