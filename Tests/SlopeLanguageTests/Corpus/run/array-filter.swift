// Checks filter keeping elements in order.
let xs = [5, 2, 8, 1, 9, 4]
print(xs.filter { $0 > 4 })
print(xs.filter { $0 % 2 == 0 })
print(xs.filter { _ in false })
let words = ["apple", "kiwi", "fig"]
print(words.filter { $0 != "kiwi" })
print([0.5, -1.0, 2.0].filter { $0 < 1 })
