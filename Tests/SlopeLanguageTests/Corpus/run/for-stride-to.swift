// Checks for-in over stride(from:to:by:) with Int, including a negative step.
for i in stride(from: 0, to: 10, by: 3) {
  print(i)
}
for i in stride(from: 5, to: 0, by: -2) {
  print(i)
}
for i in stride(from: 0, to: 0, by: 1) {
  print("never", i)
}
print("done")
