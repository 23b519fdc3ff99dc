// Checks append(_:) and append(contentsOf:).
var xs = [1]
xs.append(2)
xs.append(contentsOf: [3, 4])
xs.append(contentsOf: [])
print(xs)
var ds: [Double] = []
ds.append(1)
ds.append(contentsOf: [2.5, 3])
print(ds)
var words = ["a"]
words.append(contentsOf: ["b", "c"])
print(words)
