// Checks first(where:), last(where:), lastIndex, allSatisfy and contains(where:) on arrays.
let xs = [3.0, -1.5, 2.25, 8.0, 2.25]
print(xs.first(where: { $0 > 2.5 }) as Any)
print(xs.first { $0 > 100 } as Any)
print(xs.last(where: { $0 < 3 })!)
print(xs.lastIndex(of: 2.25) as Any, xs.lastIndex { $0 > 2 } as Any, xs.firstIndex(where: { $0 < 0 }) as Any)
print(xs.allSatisfy { $0 > -2 }, xs.allSatisfy { $0 > 0 })
print(xs.contains(where: { $0 < 0 }), xs.contains { $0 == 8 })
let empty: [Int] = []
print(empty.first(where: { $0 > 0 }) as Any, empty.allSatisfy { $0 > 0 }, empty.contains { $0 > 0 })
if let big = xs.first(where: { $0 > 5 }) {
  print("first big:", big)
}
let names = ["ada", "grace", "alan"]
print(names.first { $0.hasPrefix("a") }!, names.last { $0.hasPrefix("a") }!)
