// Checks firstIndex and lastIndex, with a value and with a predicate, on arrays, slices and empty arrays.
let values = [3, 1, 4, 1, 5, 9, 2, 6]
print(values.firstIndex(of: 1) as Any, values.lastIndex(of: 1) as Any, values.firstIndex(of: 7) as Any)
print(values.firstIndex { $0 > 3 } as Any, values.lastIndex { $0 > 3 } as Any)
print(values.lastIndex(where: { $0 > 10 }) as Any)
let slice = values[2...6]
print(slice.firstIndex(of: 1) as Any, slice.lastIndex(of: 5) as Any, slice.firstIndex(of: 3) as Any)
let empty: [Double] = []
print(empty.firstIndex(of: 1.0) as Any, empty.lastIndex(of: 1.0) as Any, empty.lastIndex { $0 > 0 } as Any)
