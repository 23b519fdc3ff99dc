// Checks that arrays passed to functions and nested arrays are copied by value.
func withExtra(_ xs: [Int]) -> [Int] {
  var local = xs
  local.append(0)
  return local
}
let xs = [1, 2]
print(withExtra(xs))
print(xs)
var grid = [[1], [2]]
var row = grid[0]
row.append(5)
print(grid, row)
grid[1] = row
row[0] = -1
print(grid, row)
