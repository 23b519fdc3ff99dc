// Checks that negative zero prints as -0.0 and still equals zero.
print(-0.0)
let zero = 0.0
print(zero * -1)
print(-zero)
print(-zero == zero)
let minusZero = -0.0
print(minusZero + 0.0)
print("\(minusZero)")
print(String(minusZero))
