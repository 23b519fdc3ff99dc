// Checks that an Int cannot be used as a condition.
let n = 1
if n {
  print("one")
}
print(n)
