// Checks that adding an Int to a String is an error.
let label = "count: "
let n = 3
print(label + n)
print(n)
print(label)
