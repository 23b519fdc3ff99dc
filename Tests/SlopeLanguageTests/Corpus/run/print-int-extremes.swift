// Checks printing of large and small Int values.
print(Int.max)
print(Int.min)
print(9_007_199_254_740_993)
print(-42)
print(0)
print(1_000_000)
let big = Int.max - 1
print(big)
print(Int.min + 1)
