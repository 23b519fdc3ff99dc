// Checks for-in over enumerated() with a tuple pattern and with one binding.
let names = ["x", "y", "z"]
for (i, name) in names.enumerated() {
  print(i, name)
}
for item in [7, 8].enumerated() {
  print(item)
  print(item.offset, item.element)
}
for (index, _) in names.enumerated() where index > 0 {
  print("index", index)
}
