// Checks contains(_:) on Int, Double and String arrays.
let xs = [1, 2, 3]
print(xs.contains(2), xs.contains(5))
print([0.1 + 0.2].contains(0.3))
print(["a", "b"].contains("b"))
let empty: [Int] = []
print(empty.contains(0))
