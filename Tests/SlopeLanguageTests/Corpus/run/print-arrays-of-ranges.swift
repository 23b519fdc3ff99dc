// Checks that ranges inside arrays print with their type name, unlike bare ranges.
let ranges = [0..<2, 3..<5]
print(ranges)
print([1...2])
print(ranges[0])
let r = [0..<1].first
print(r)
