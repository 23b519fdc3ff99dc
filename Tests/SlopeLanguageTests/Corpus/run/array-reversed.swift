// Checks reversed() used as an array and iterated.
let xs = [1, 2, 3]
print(Array(xs.reversed()))
let r: [Int] = xs.reversed()
print(r)
for x in xs.reversed() {
  print(x)
}
print(Array([1.5].reversed()))
print(xs.reversed().map { $0 * 2 })
