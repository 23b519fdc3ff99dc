// Checks printing of empty arrays of several element types.
let ints: [Int] = []
let doubles: [Double] = []
let strings: [String] = []
print(ints)
print(doubles)
print(strings)
print(ints.isEmpty, ints.count)
