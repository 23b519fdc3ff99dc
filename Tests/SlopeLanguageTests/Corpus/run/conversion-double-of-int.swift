// Checks Double(i) for small, negative and large Ints, where large values round.
print(Double(0))
print(Double(-5))
let n = 9_007_199_254_740_993
print(Double(n))
print(Double(Int.min))
print(Double(n + 2))
let k = 3
print(Double(k) / Double(k + 1))
