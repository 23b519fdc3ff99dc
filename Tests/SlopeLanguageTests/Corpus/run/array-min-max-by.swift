// Checks min(by:) and max(by:): which of equal elements wins, and the order of the closure's calls.
let pairs = [(name: "a", score: 1), (name: "b", score: 3), (name: "c", score: 3), (name: "d", score: 1)]
print(pairs.max(by: { $0.score < $1.score })!)
print(pairs.min(by: { $0.score < $1.score })!)
print(
  pairs.min { a, b in
    print("compare", a.name, b.name)
    return a.score < b.score
  }!.name
)
print(
  pairs.max { a, b in
    print("compare", a.name, b.name)
    return a.score < b.score
  }!.name
)
let xs = [3.0, -1.5, 2.25, 8.0]
print(xs.min(by: { abs($0) < abs($1) }) as Any)
print(xs.max { abs($0) < abs($1) }!)
let words = ["pear", "fig", "banana"]
print(words.min(by: { $0.count < $1.count })!, words.max(by: { $0.count < $1.count })!)
let empty: [Double] = []
print(empty.min(by: <) as Any, xs.max(by: <)!)
