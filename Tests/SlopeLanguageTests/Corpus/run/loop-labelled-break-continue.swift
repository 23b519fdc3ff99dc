// Checks labelled break and continue across nested loops, and a labelled while.
outer: for i in 1...4 {
  for j in 1...4 {
    if j == i { continue outer }
    if i == 4 { break outer }
    print(i, j)
  }
}
var found: (Int, Int)? = nil
search: for a in 1..<20 {
  for b in a..<20 where a * a + b * b == 13 * 13 {
    found = (a, b)
    break search
  }
}
print(found as Any)
var n = 0
counting: while true {
  n += 1
  for k in 0..<3 {
    if n * k > 6 { break counting }
  }
}
print(n)
