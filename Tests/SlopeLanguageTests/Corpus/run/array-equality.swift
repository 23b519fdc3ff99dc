// Checks == and != between arrays.
print([1, 2] == [1, 2])
print([1, 2] == [2, 1])
print([1.0] != [1.0])
print(["a"] == ["a"])
let empty: [Int] = []
print(empty == [])
