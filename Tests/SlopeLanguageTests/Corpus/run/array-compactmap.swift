// Checks compactMap dropping nil results.
let xs = [1, 2, 3, 4, 5]
print(xs.compactMap { $0 % 2 == 0 ? nil : $0 * 10 })
let maybe: [Int?] = [1, nil, 3]
print(maybe.compactMap { $0 })
func half(_ n: Int) -> Int? {
  return n % 2 == 0 ? n / 2 : nil
}
print(xs.compactMap(half))
