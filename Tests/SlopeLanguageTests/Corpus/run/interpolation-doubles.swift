// Checks that interpolation formats Doubles exactly as print does.
let values = [2.0, 0.1 + 0.2, 1e-05, 1e16, -0.0, Double.infinity]
for v in values {
  print("value: \(v)")
}
let zero = 0.0
print("nan: \(Double.nan) and \(zero / zero)")
