// Checks x.magnitude on Double and Int.
let d = -3.5
print(d.magnitude)
print(2.25.magnitude)
let n = -12
print(n.magnitude)
print((-0.0).magnitude)
let inf = -Double.infinity
print(inf.magnitude)
