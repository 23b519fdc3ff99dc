// Checks switch over strings with comma patterns, default, and break in a case.
func classify(_ letter: String) -> String {
  switch letter {
  case "a", "e", "i", "o", "u":
    return "vowel"
  case "y":
    return "sometimes"
  case "":
    return "empty"
  default:
    return "consonant"
  }
}
for letter in ["a", "b", "y", "u", ""] {
  print(letter.isEmpty ? "(empty)" : letter, classify(letter))
}
let command = "stop"
switch command {
case "go", "start":
  print("moving")
case "stop":
  print("stopping")
  break
default:
  break
}
var log: [String] = []
for word in ["one", "two", "three", "four"] {
  switch word {
  case "two", "four":
    continue
  default:
    log.append(word)
  }
}
print(log)
