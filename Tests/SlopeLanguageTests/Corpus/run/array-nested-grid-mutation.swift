// Checks mutation of nested arrays through double subscripts and compound assignment.
var grid = Array(repeating: Array(repeating: 0, count: 3), count: 2)
grid[0][1] = 5
grid[1][2] += 7
grid[1][0] -= 1
print(grid)
for row in grid.indices {
  for column in grid[row].indices {
    grid[row][column] *= 2
  }
}
print(grid)
var copy = grid
copy[0].append(99)
print(grid[0], copy[0])
var matrix: [[Double]] = [[1, 2], [3, 4]]
let transposed = (0..<2).map { j in matrix.map { $0[j] } }
print(transposed)
matrix[0].removeLast()
print(matrix, matrix.map { $0.count })
