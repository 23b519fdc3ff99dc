// Checks for-in over an array of tuples with a destructuring pattern.
let points = [(1, 2), (3, 4), (5, 6)]
for (x, y) in points {
  print(x + y)
}
let labelled = [(name: "a", score: 1.5), (name: "b", score: 2.5)]
for entry in labelled {
  print(entry.name, entry.score)
}
for (name, score) in labelled {
  print("\(name)=\(score)")
}
