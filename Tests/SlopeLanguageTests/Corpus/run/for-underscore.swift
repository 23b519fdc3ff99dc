// Checks for-in with _ as the loop pattern.
var count = 0
for _ in 0..<5 {
  count += 1
}
print(count)
var s = ""
for _ in 1...3 {
  s += "ab"
}
print(s)
for (_, b) in [(1, 2), (3, 4)] {
  print(b)
}
