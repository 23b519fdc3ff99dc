// Checks if statements without else and nested ifs.
var count = 0
for i in 1...10 {
  if i % 2 == 0 {
    count += 1
    if i % 4 == 0 {
      print("multiple of four:", i)
    }
  }
}
print(count)
if count > 100 {
  print("never")
}
print("end")
