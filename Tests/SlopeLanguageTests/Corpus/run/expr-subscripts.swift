// Checks subscripts with computed indices and on nested arrays.
let xs = [10, 20, 30, 40]
let i = 1
print(xs[i], xs[i + 1], xs[xs.count - 1])
let grid = [[1, 2, 3], [4, 5, 6]]
print(grid[1][2])
print(grid[0].count)
let row = grid[1]
print(row[0])
print([7, 8, 9][2])
