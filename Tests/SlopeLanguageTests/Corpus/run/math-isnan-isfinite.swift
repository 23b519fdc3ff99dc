// Checks isNaN and isFinite on ordinary, infinite and NaN values.
let zero = 0.0
let values = [1.0, -0.0, Double.infinity, Double.nan, zero / zero, 1e308 * 10]
for v in values {
  print(v, v.isNaN, v.isFinite)
}
