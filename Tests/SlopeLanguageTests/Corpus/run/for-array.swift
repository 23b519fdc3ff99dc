// Checks for-in over arrays of Int, Double and String.
for x in [3, 1, 2] {
  print(x)
}
for d in [0.5, 1.5] {
  print(d * 2)
}
let words = ["a", "bc"]
for w in words {
  print(w + w)
}
for row in [[1, 2], [3]] {
  print(row)
}
