// Checks for-in over stride with Double bounds: each element is start + index * step.
for x in stride(from: 0.0, to: 1.0, by: 0.1) {
  print(x)
}
print("through:")
for x in stride(from: 0.0, through: 0.3, by: 0.1) {
  print(x)
}
