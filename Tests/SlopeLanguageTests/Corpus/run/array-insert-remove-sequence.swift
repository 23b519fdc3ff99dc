// Checks a sequence of array mutations and the values they return.
var xs = [10, 20, 30]
xs.insert(5, at: 0)
xs.insert(25, at: 3)
xs.insert(99, at: xs.count)
print(xs)
let removed = xs.remove(at: 1)
let last = xs.removeLast()
print(removed, last, xs)
xs.append(contentsOf: [1, 2])
xs += [3]
print(xs, xs.count)
xs.removeAll()
print(xs, xs.isEmpty)
var words = ["b", "a"]
words.append("c")
words.sort()
print(words)
words.reverse()
print(words, words.first!, words.last!)
