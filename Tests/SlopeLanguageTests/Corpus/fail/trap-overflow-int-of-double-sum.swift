// Checks that converting a Double beyond Int's range traps after the earlier output.
var value = 1.0
for _ in 0..<70 {
  value *= 2
  print(Int(value))  // traps
}
