// Checks that for-in over a plain Int is an error.
let n = 5
for i in 0..<n {
  print(i)
}
for i in n {
  print(i)
}
