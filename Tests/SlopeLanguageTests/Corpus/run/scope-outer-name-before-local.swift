// Checks that before a local declaration its name still means the outer one, as Swift 6 looks it up.
let k = 5
func h() {
  print(k)
  let k = 1
  print(k)
}
h()
func p(_ k: Int) {
  print(k)
  let k = k * 100
  print(k)
}
p(3)
if true {
  print(k)
  let k = "inner"
  print(k)
}
