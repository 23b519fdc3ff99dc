// Checks sorted() on Int, Double and String arrays; the original is unchanged.
let xs = [3, 1, 2, 1]
print(xs.sorted())
print(xs)
print([2.5, -1.0, 0.0].sorted())
print(["pear", "apple", "Zebra"].sorted())
let empty: [Int] = []
print(empty.sorted())
