// Checks print with several items of mixed types.
print(1, 2.5, "x", true)
print("sum:", 1 + 2)
let name = "slope"
print(name, name)
let maybe: Int? = 5
print([1, 2], (3, 4), maybe)
print("a", "b", "c")
