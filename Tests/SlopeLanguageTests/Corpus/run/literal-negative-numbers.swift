// Checks negative literals as Int and as Double.
let m = -3
print(m)
let md: Double = -3
print(md)
print(-2 * -3)
print(-2.0 * 3)
let diff = 4 - 6
print(-diff)
let minusHalf = -0.5
print(minusHalf * 2)
