// Checks force unwrapping, comparing optionals with nil and with values, and optional arrays.
var score: Int? = nil
print(score == nil, score != nil)
score = 10
print(score == 10, score! + 1, score != 5)
let xs = [4, 8, 15]
let last = xs.last!
let first = xs.first!
print(first, last, xs.max()! - xs.min()!)
var stored: [Double]? = nil
print(stored as Any)
stored = [1.5]
print(stored!, stored!.count)
let index: Int? = xs.firstIndex(of: 8)
if index != nil {
  print("found at", index!)
}
let pairs: [(Int, Int)?] = [(1, 2), nil]
print(pairs)
