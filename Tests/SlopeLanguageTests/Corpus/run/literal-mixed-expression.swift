// Checks how one Double literal makes a whole literal expression Double.
let a = 1 + 2 * 3.0
print(a)
let b = 1 + 2 * 3
print(b)
let c = (1 + 2) / 2
print(c)
let d = (1 + 2) / 2.0
print(d)
let t = (1, 2.0)
print(t)
print(2 * 3.5 + 1)
