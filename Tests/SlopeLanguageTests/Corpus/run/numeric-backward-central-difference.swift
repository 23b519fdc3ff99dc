// Checks backward and central differences of x^3 at 2.
func f(_ x: Double) -> Double { x * x * x }
let x = 2.0
let delta = 0.001
let x1 = x - delta
let backward = (f(x) - f(x1)) / (x - x1)
let central = (f(x + delta) - f(x - delta)) / ((x + delta) - (x - delta))
print(backward)
print(central)
print(abs(central - 12) < abs(backward - 12))
