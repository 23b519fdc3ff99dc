// Checks printing of arrays of optionals, tuples, nested arrays and their mixes.
let optionals: [Int?] = [1, nil, 3]
print(optionals)
let strings: [String?] = ["a", nil]
print(strings)
let doubles: [Double?] = [nil, 2.5]
print(doubles)
let pairs = [(1, "one"), (2, "two")]
print(pairs)
let labelled = [(x: 1.0, y: 2.0), (x: -0.5, y: 0)]
print(labelled)
let nested = [[1, 2], [], [3]]
print(nested)
let deep = [[[1.5]], [[2, 3]]]
print(deep)
let mixed = [(name: "a", values: [1, 2]), (name: "b", values: [])]
print(mixed)
let optionalArray: [Int]? = [1, 2]
print(optionalArray as Any)
let arrays: [[Int]?] = [[1], nil]
print(arrays)
let tupleWithOptional: (Int, String?) = (1, nil)
print(tupleWithOptional)
print([(1, (2, 3))])
print([true, false], [[true]])
