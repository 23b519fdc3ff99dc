// Checks chaining filter, map, sorted and reduce.
let xs = [5, 3, 8, 1, 4]
let result = xs.filter { $0 > 2 }.map { $0 * 2 }.sorted()
print(result)
print(Array(xs.sorted().reversed()).prefix(2))
print(xs.map { Double($0) }.reduce(0, +) / Double(xs.count))
let text = xs.sorted(by: >).map { String($0) }.joined(separator: ",")
print(text)
