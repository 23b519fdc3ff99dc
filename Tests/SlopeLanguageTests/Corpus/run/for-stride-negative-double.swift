// Checks stride over Double with a negative step, to and through.
for x in stride(from: 1.0, to: 0.0, by: -0.25) {
  print(x)
}
print(Array(stride(from: 1.0, through: 0.0, by: -0.2)))
