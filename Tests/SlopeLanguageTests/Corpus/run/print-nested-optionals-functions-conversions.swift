// Checks printing of a nested optional and of functions, and conversions from strings.
let nested: Int?? = 1
print(nested as Any)
func f(_ x: Double) -> Double { x }
print(f, [f])
let c = { (x: Int) in x }
print(c)
print(Int("12") as Any, Int("x") as Any, Double("2.5") as Any)
print(String(1.0 / 3), String(describing: [1, 2]))
print(Double(7) / 3)
