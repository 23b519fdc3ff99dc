// Checks that force-unwrapping nil traps.
let values: [Int?] = [1, nil]
for v in values {
  print(v! * 10)  // traps
}
print("unreachable")
