// Checks that closure parameters shadow outer names, and outer names return after.
let x = 10
let f = { (x: Int) -> Int in x * 2 }
print(f(3))
let g = { x * 2 }
print(g())
let xs = [1, 2].map { x in x + 100 }
print(xs, x)
