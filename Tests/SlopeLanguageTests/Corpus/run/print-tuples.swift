// Checks printing of unlabelled tuples, nested tuples and tuples holding strings.
print((1, 2.0))
print(("a", 1))
print(((1, 2), 3))
let pair = (3, "x")
print(pair)
print(pair.0, pair.1)
print((1.5, [1, 2], true))
