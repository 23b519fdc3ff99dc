// Checks enumerated() collected into an array of (offset, element) tuples.
let xs = ["a", "b"]
print(Array(xs.enumerated()))
let mapped = xs.enumerated().map { $0.offset * 10 }
print(mapped)
let labels = [1.5, 2.5].enumerated().map { "\($0): \($1)" }
print(labels)
