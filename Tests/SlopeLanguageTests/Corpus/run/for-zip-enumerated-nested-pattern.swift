// Checks a nested tuple pattern over zip(...).enumerated().
let xs = [1.0, 2.0, 3.0]
let ys = [10.0, 20.0, 30.0]
for (i, (x, y)) in zip(xs, ys).enumerated() {
  print(i, x * y)
}
for (i, pair) in zip(xs, ys).enumerated() where i == 1 {
  print(pair)
}
