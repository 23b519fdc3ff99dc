// Checks bisection to find the root of x^3 - x - 2 in [1, 2].
func f(_ x: Double) -> Double { x * x * x - x - 2 }
var low = 1.0
var high = 2.0
var steps = 0
while high - low > 1e-10 {
  let mid = (low + high) / 2
  if f(mid) > 0 {
    high = mid
  } else {
    low = mid
  }
  steps += 1
}
print(steps)
print(low)
print(f(low) < 0, f(high) > 0)
