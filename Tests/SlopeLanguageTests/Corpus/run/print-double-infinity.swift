// Checks how infinities print, from constants and from run-time division.
print(Double.infinity)
print(-Double.infinity)
let one = 1.0
let zero = 0.0
print(one / zero)
print(-one / zero)
print(Double.infinity > 1e308)
print(Double.infinity + 1)
print([Double.infinity, -Double.infinity])
