// Checks sorted(by:) with operators and closures.
let xs = [3, 1, 2]
print(xs.sorted(by: >))
print(xs.sorted(by: <))
print(xs.sorted { $0 > $1 })
let words = ["ccc", "a", "bb"]
print(words.sorted { $0 > $1 })
let pairs = [(1, "b"), (0, "c"), (2, "a")]
print(pairs.sorted { $0.1 < $1.1 })
