// Checks that a half-open range with lowerBound > upperBound traps in a for loop.
let n = 3
for i in 0..<n {
  print(i)
}
let m = -1
for i in 0..<m {  // traps
  print(i)
}
