// Checks that implicit members in an array literal take their type from the other elements.
let xs: [Double] = [.pi, 1]
print(xs)
let ys = [Double.pi, .infinity, 2]
print(ys)
let zs = [1, .pi]
print(zs)
let ws = [.pi / 2, 2.0]
print(ws)
let limits = [Int.max, .min]
print(limits)
let turns = [1.0, 2 * .pi]
print(turns)
let rows = [[1.0], [.pi]]
print(rows)
let maybe: [Double?] = [.pi, nil]
print(maybe)
