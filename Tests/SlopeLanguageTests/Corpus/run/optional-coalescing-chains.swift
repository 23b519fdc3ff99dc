// Checks optional chains of ?? and if-let chains with conditions.
let a: Int? = nil
let b: Int? = 2
let c: Int? = nil
print(a ?? b ?? 0)
print(a ?? c ?? -1)
print((a ?? 10) + (b ?? 10))
let words = ["x", "yy", "zzz"]
let index = words.firstIndex(of: "yy") ?? -1
print(index)
let missing = words.firstIndex(of: "w") ?? words.count
print(missing)
if let x = b, let y = words.firstIndex(of: "zzz"), x < y {
  print("both", x, y)
}
if let x = a, x > 0 {
  print("never", x)
} else if let y = b {
  print("else if", y)
}
var maybe: Double? = nil
print(maybe ?? 0.5)
maybe = 1.25
print(maybe ?? 0.5, maybe as Any)
let values: [Double?] = [1, nil, 3]
var total = 0.0
for value in values {
  total += value ?? 100
}
print(total)
