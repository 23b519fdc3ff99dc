// Checks a var shadowing the loop constant, and a local constant named like its function.
for i in 0..<2 {
  var i = i
  i += 10
  print(i)
}
func square(_ x: Int) -> Int { x * x }
let square2 = square
print(square2(3))
var total = 0
for value in [1, 2, 3] { total += value }
let total2 = total
print(total2)
func g() -> Int {
  let g = 5
  return g
}
print(g())
