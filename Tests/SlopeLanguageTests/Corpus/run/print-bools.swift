// Checks printing of Bool values and Bool expressions.
print(true)
print(false)
print(1 < 2)
print(!true)
print([true, false])
let flag = 2 == 2
print("flag: \(flag)")
