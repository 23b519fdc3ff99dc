// Checks building strings with +, +=, repeating, comparisons and conversions.
var line = ""
for i in 1...5 {
  line += String(i)
  if i < 5 { line += "," }
}
print(line, line.count)
let bar = String(repeating: "=", count: 8)
print(bar)
print("abc" < "abd", "Z" < "a", "apple" == "apple", "a" != "b")
print(String(3.0), String(-2), String(true), String(1e-5))
print("x" + String(2) + "y", "n: " + String(Int(7.9)))
let words = ["one", "two", "three"]
print(words.joined(separator: " "), words.joined())
var stars = ""
for row in 1...3 {
  stars += String(repeating: "*", count: row) + "\n"
}
print(stars, terminator: "")
print("tab\there", "quote\"s", "back\\slash")
