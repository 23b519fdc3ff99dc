// Checks that mutating an array inside for-in does not change the iteration.
var xs = [1, 2, 3]
for x in xs {
  xs.append(x * 10)
}
print(xs)
var n = 3
for i in 0..<n {
  n += 1
  print(i)
}
print(n)
