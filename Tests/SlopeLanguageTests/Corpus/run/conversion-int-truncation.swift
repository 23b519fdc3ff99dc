// Checks Int(d) truncating toward zero for positive, negative and fractional values.
let values = [0.9, -0.9, 2.5, -2.5, 1e15 + 0.5, -0.0]
for v in values {
  print(v, Int(v))
}
print(Int(Double(Int.max / 2)))
