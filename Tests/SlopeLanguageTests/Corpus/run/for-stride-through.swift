// Checks for-in over stride(from:through:by:) with Int, including the end point.
for i in stride(from: 0, through: 9, by: 3) {
  print(i)
}
for i in stride(from: 10, through: 0, by: -5) {
  print(i)
}
var hits = 0
for _ in stride(from: 1, through: 2, by: 5) {
  hits += 1
}
print(hits)
