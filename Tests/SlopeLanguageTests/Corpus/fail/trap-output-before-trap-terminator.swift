// Checks that output without a trailing newline before a trap is kept.
let xs = [1, 2]
print("partial", terminator: "")
print(" line", terminator: "")
let i = 2
print(xs[i])  // traps
