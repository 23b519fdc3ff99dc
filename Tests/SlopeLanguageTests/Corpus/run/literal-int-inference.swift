// Checks that integer literals without Double context stay Int.
let a = 5
let b = a / 2
print(b)
let xs = [1, 2, 3]
print(xs)
func twice(_ n: Int) -> Int { n * 2 }
print(twice(4))
let t = (1, 2)
print(t)
let sum = [1, 2].reduce(0, +)
print(sum)
