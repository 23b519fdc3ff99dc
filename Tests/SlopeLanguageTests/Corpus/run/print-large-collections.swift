// Checks printing of a longer generated array and a nested generated array.
let squares = (0..<20).map { $0 * $0 }
print(squares)
let table = (1...3).map { i in (1...3).map { j in i * j } }
print(table)
print(Array(repeating: "-", count: 10).joined(separator: ""))
