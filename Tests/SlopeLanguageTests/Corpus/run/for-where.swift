// Checks for-in with a where clause.
for i in 0..<10 where i % 3 == 0 {
  print(i)
}
let values = [1.5, -2.0, 3.5]
for v in values where v > 0 {
  print(v)
}
for i in 1...3 where i > 5 {
  print("never", i)
}
