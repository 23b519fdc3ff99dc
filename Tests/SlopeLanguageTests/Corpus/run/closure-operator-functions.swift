// Checks operators used as function values.
print([1, 2, 3, 4].reduce(0, +))
print([1, 2, 3, 4].reduce(1, *))
print([5, 1, 4].sorted(by: <))
print([5, 1, 4].sorted(by: >))
let ops: [(Int, Int) -> Int] = [(+), (-), (*), (/), (%)]
print(ops.map { $0(17, 5) })
let combine: (Double, Double) -> Double = (*)
print(combine(1.5, 4))
print(zip([1, 2], [3, 4]).map { $0 + $1 })
