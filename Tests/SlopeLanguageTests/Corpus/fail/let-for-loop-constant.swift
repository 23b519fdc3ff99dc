// Checks that the for-in loop variable is a constant.
var total = 0
for i in 0..<3 {
  i += 1
  total += i
}
print(total)
