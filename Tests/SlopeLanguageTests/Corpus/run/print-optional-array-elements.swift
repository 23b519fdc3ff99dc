// Checks printing of arrays whose elements are optional, and of a nil optional array.
let values: [Int?] = [1, nil, 3]
print(values)
let names: [String?] = ["a", nil]
print(names)
let maybe: [Double]? = nil
print(maybe)
let nested: [[Int]?] = [[1], nil]
print(nested)
