// Checks recursive functions over arrays: sum, flatten-by-depth, and binary search.
func sum(_ xs: [Int]) -> Int {
  guard let first = xs.first else { return 0 }
  return first + sum(Array(xs.dropFirst()))
}
print(sum([1, 2, 3, 4]))
func binarySearch(_ xs: [Int], _ target: Int, _ low: Int, _ high: Int) -> Int? {
  if low > high { return nil }
  let mid = (low + high) / 2
  if xs[mid] == target { return mid }
  return xs[mid] < target ? binarySearch(xs, target, mid + 1, high) : binarySearch(xs, target, low, mid - 1)
}
let sorted = [1, 3, 5, 7, 9, 11]
print(binarySearch(sorted, 7, 0, sorted.count - 1) as Any, binarySearch(sorted, 4, 0, sorted.count - 1) as Any)
func permutations(_ xs: [Int]) -> [[Int]] {
  if xs.count <= 1 { return [xs] }
  var result: [[Int]] = []
  for (i, x) in xs.enumerated() {
    var rest = xs
    rest.remove(at: i)
    for p in permutations(rest) { result.append([x] + p) }
  }
  return result
}
print(permutations([1, 2, 3]))
