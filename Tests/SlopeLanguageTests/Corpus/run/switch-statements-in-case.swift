// Checks switch cases with several statements, and a switch that binds results.
var log: [String] = []
for n in 1...4 {
  switch n % 3 {
  case 0:
    log.append("fizz")
    print("case zero for", n)
  case 1:
    let doubled = n * 2
    log.append(String(doubled))
  default:
    break
  }
}
print(log)
