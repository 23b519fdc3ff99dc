// Checks print with separators and terminators, including empty ones and several items.
print(1, 2, 3, separator: ", ")
print("a", "b", separator: "")
print("no newline", terminator: "")
print(" then", "more", separator: "-", terminator: "!\n")
print()
print([1, 2], (3, 4), separator: " | ")
print("x", terminator: "\n\n")
print("after blank")
for i in 1...3 {
  print(i, terminator: i == 3 ? "\n" : " + ")
}
print(1.5, true, "s", nil as Int? as Any, separator: "\t")
