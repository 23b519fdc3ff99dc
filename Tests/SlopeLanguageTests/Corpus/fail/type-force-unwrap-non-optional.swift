// Checks that ! cannot be applied to a non-optional value.
let n = 1
let m: Int? = 2
print(m!)
print(n!)
