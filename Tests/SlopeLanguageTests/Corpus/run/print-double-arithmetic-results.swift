// Checks printed results of Double strides, sums, products near 0.1 steps, and constants.
var s = 0.0
for x in stride(from: 0.0, to: 1.0, by: 0.1) { s += x }
print(s)
var k = 0
for _ in stride(from: 0.0, through: 1.0, by: 0.1) { k += 1 }
print(k)
print(0.1 * 3, 3 * 0.1, 0.3 / 0.1, 1 - 0.9)
print(Double.ulpOfOne, Double.pi / 4, -Double.infinity, Double.nan.isNaN)
print(1.0 / 0, -1.0 / 0, (0.0 / 0.0).isNaN)
print(Int.max, Int.min, Int.max - 1)
print(2.0e-3, 123e4, 0.000123)
