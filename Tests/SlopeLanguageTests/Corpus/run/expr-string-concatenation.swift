// Checks string concatenation with + and comparisons of strings.
let a = "slo"
let b = "pe"
print(a + b)
print(a + " " + b)
let joined = a + String(1) + String(2.5)
print(joined)
print(a + b == "slope")
var s = ""
for w in ["x", "y"] {
  s = s + w
}
print(s)
