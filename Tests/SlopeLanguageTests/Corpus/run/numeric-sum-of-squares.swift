// Checks sums computed with loops, reduce and a closed formula.
var total = 0
for i in 1...100 {
  total += i * i
}
print(total)
print((1...100).map { $0 * $0 }.reduce(0, +))
let n = 100
print(n * (n + 1) * (2 * n + 1) / 6)
var harmonic = 0.0
for k in 1...10 {
  harmonic += 1.0 / Double(k)
}
print(harmonic)
