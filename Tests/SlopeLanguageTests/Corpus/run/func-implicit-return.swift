// Checks single-expression functions and closures without return.
func square(_ x: Double) -> Double { x * x }
func greeting(_ name: String) -> String { "hello " + name }
func isPositive(_ x: Int) -> Bool { x > 0 }
let cube = { (x: Int) in x * x * x }
print(square(3))
print(greeting("slope"))
print(isPositive(-1))
print(cube(3))
