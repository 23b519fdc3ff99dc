// Checks printing of nested arrays of Int, Double and String.
print([[1, 2], [3]])
let grid: [[Double]] = [[0, 1], [2.5]]
print(grid)
print([["a"], ["b", "c"]])
let empty: [[Int]] = [[], []]
print(empty)
print([[[1]]])
