// Checks that force unwrapping a nil optional inside a switch case traps.
let words = ["a", "b"]
for word in ["a", "c"] {
  switch word {
  case "a":
    print(words.firstIndex(of: word)!)
  default:
    print(words.firstIndex(of: word)!)  // traps
  }
}
