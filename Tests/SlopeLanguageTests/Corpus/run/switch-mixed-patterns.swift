// Checks switch cases mixing values and ranges, first match wins, no fallthrough.
let values = [5, 12, 50, 7]
for v in values {
  switch v {
  case 5, 10...20:
    print(v, "five or teens")
  case 1..<10:
    print(v, "single digit")
  default:
    print(v, "other")
  }
}
