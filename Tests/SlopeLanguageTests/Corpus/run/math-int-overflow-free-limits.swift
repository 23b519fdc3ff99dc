// Checks arithmetic on Int.max and Int.min that stays in range.
let big = Int.max
let small = Int.min
print(big - 1)
print(small + 1)
print(big / 2)
print(small / 2)
print(big % 10)
print(small % 10)
print(-(small + 1))
print(big + small)
