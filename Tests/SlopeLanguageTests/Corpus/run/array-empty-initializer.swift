// Checks empty arrays made by calling the array type: [Double](), [[Int]]() and Array() in context.
var xs = [Double]()
xs.append(1)
print(xs, [Int]().isEmpty, [String]().count)
let ys: [Int] = Array()
print(ys)
var grid = [[Int]]()
grid.append([1, 2])
print(grid)
