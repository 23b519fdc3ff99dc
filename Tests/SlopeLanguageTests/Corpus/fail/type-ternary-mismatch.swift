// Checks that the branches of a ternary must have the same type.
let flag = true
let value = flag ? 1 : "one"
print(value)
print(flag)
