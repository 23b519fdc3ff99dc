// Checks return from inside nested loops in a function.
func firstPair(summingTo target: Int, in xs: [Int]) -> (Int, Int)? {
  for i in 0..<xs.count {
    for j in (i + 1)..<xs.count {
      if xs[i] + xs[j] == target {
        return (xs[i], xs[j])
      }
    }
  }
  return nil
}
print(firstPair(summingTo: 9, in: [1, 4, 5, 8]))
print(firstPair(summingTo: 100, in: [1, 2]))
