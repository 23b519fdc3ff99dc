// Checks that a loop body may declare its loop variable again, reading the loop's value first.
for i in 0..<3 {
  let i = i * 2
  print(i)
}
for (index, value) in [10, 20].enumerated() {
  var value = value
  value += index
  print(index, value)
}
var n = 3
while n > 0 {
  let n2 = n
  let n = n2 * 10
  print(n)
  n2 == 1 ? print("last") : print("more")
  if n2 > 0 { break }
}
