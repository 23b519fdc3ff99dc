// Checks indices and iterating over them.
let xs = ["a", "b", "c"]
print(xs.indices)
for i in xs.indices {
  print(i, xs[i])
}
let empty: [Int] = []
print(empty.indices)
print(Array(xs.indices))
