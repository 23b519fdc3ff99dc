// Checks chains of map, sorted, joined, compactMap and dropFirst with their printed results.
let xs = [1.5, 2.5]
let ys = xs.map { $0 * 2 }
print(ys.contains(3.0), ys.firstIndex(of: 5) as Any)
let m = [3, 1, 2].sorted().map { String($0) }.joined(separator: "<")
print(m)
let counts = ["a", "bb", "ccc"].map { $0.count }
print(counts.reduce(0, +), counts.max()!)
print(xs.map { Int($0) }, xs.compactMap { $0 > 2 ? $0 : nil })
let e = [Int]().max()
print(e as Any)
print([1, 2, 3].dropFirst().map { $0 * 10 })
print([3, 1, 2].sorted(by: >).first!)
