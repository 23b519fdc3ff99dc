// Checks min() and max(), which are optionals.
let xs = [3, -1, 7, 2]
print(xs.min(), xs.max())
print([2.5, 0.5].min(), [2.5, 0.5].max())
let empty: [Int] = []
print(empty.min(), empty.max())
print(["b", "a"].max())
print(xs.max()!)
