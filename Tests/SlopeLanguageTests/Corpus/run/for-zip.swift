// Checks for-in over zip, stopping at the shorter sequence.
let xs = [1, 2, 3]
let ys = ["a", "b"]
for (x, y) in zip(xs, ys) {
  print(x, y)
}
var dot = 0.0
for (a, b) in zip([1.0, 2.0, 3.0], [4.0, 5.0, 6.0]) {
  dot += a * b
}
print(dot)
for pair in zip(0..<2, [10, 20]) {
  print(pair)
}
