// Checks tuple destructuring in for loops with where clauses and wildcards.
let points = [(1, 2), (3, -4), (-5, 6), (7, 8)]
for (x, y) in points where x > 0 && y > 0 {
  print("first quadrant:", x, y)
}
for (x, _) in points where x < 0 {
  print("negative x:", x)
}
for (index, (x, y)) in points.enumerated() where index % 2 == 1 {
  print(index, x * y)
}
let names = ["a", "b", "c"]
let scores = [90, 75, 60]
for (name, score) in zip(names, scores) where score >= 70 {
  print(name, score)
}
for (offset, element) in names.enumerated() {
  print("\(offset):\(element)", terminator: offset < names.count - 1 ? ", " : "\n")
}
let labelled = [(name: "x", value: 1.5), (name: "y", value: -2.0)]
for (name, value) in labelled where value > 0 {
  print(name, value)
}
for item in labelled {
  print(item.name, item.value, item)
}
