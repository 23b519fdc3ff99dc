// Checks + on arrays.
let a = [1, 2]
let b = [3]
print(a + b)
print(b + a)
print(a + [])
let c: [Double] = [0.5] + [1, 2]
print(c)
print(["x"] + ["y", "z"])
print(a)
