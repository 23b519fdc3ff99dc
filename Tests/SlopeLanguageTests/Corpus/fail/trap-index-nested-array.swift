// Checks that an out-of-range index into an inner array traps.
let grid = [[1, 2], [3]]
print(grid[0][1])
print(grid[1][0])
let column = 1
print(grid[1][column])  // traps
