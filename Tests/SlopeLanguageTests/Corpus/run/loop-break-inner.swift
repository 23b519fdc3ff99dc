// Checks that break in a nested loop leaves only the inner loop.
for i in 1...3 {
  for j in 1...3 {
    if j > i {
      break
    }
    print(i, j)
  }
}
var found = -1
for x in [4, 9, 16, 25] {
  if x > 10 {
    found = x
    break
  }
}
print(found)
