// Checks range expressions built from variables and used as values.
let n = 4
let r = 0..<n
print(r)
let c = 1...n
print(c)
print(Array(r), Array(c))
for i in (n - 2)..<n {
  print(i)
}
let values = Array(r).map { $0 * $0 }
print(values)
