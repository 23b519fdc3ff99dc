// Checks that ! cannot be applied to an Int.
let n = 1
let flag = true
print(!flag)
print(!n)
