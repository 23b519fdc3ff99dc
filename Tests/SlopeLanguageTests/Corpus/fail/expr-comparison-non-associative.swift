// Checks that chained comparisons are an error: comparison operators do not associate.
let a = 3
let b = 4
print(a < b == true)
