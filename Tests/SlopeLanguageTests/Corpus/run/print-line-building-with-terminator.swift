// Checks building a line piece by piece with terminator "".
for i in 1...3 {
  for j in 1...3 {
    print(i * j, terminator: j < 3 ? " " : "\n")
  }
}
print("[", terminator: "")
print(1, 2, separator: "|", terminator: "]\n")
