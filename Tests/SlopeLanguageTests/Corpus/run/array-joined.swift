// Checks joined(separator:) on string arrays.
let words = ["a", "b", "c"]
print(words.joined(separator: ", "))
print(words.joined(separator: ""))
let none: [String] = []
print(none.joined(separator: "-"))
print(["solo"].joined(separator: "+"))
print([1, 2, 3].map { String($0) }.joined(separator: " < "))
