// Checks printing non-ASCII strings bare and inside arrays.
let words = ["café", "naïve", "π ≈ 3.14"]
print(words)
for w in words {
  print(w)
}
print("∑ \(words.count)")
