// Checks that converting NaN to Int traps.
let values = [2.5, Double.nan]
for v in values {
  print(Int(v))  // traps
}
print("unreachable")
