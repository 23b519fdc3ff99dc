// Checks mutating inner arrays through nested subscripts.
var grid: [[Int]] = Array(repeating: [], count: 3)
grid[0].append(1)
grid[2].append(contentsOf: [2, 3])
grid[1].insert(9, at: 0)
print(grid)
grid[2].removeLast()
print(grid, grid[2].count)
