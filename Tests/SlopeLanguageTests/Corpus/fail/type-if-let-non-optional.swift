// Checks that if let needs an optional initializer.
let n = 1
if let m = n {
  print(m)
}
print(n)
