// Checks while loops, including one that never runs.
var n = 1
while n < 100 {
  n *= 3
}
print(n)
var steps = 0
var x = 27
while x != 1 {
  x = x % 2 == 0 ? x / 2 : 3 * x + 1
  steps += 1
}
print(steps)
while false {
  print("never")
}
