// Checks that integer literals returned from Double functions and closures are Doubles.
func one() -> Double {
  return 1
}
func two() -> Double { 2 }
let three: () -> Double = { 3 }
print(one())
print(two())
print(three())
print(one() / 4)
