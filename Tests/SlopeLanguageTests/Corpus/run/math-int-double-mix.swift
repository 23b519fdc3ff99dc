// Checks explicit conversions needed to mix Int and Double in math.
import Foundation

let n = 5
let x = 2.0
print(Double(n) * x)
print(sqrt(Double(n)))
print(Int(sqrt(Double(n * n))))
print(Double(n / 2))
print(Double(n) / 2)
print(Int(x) * n)
print(Int(pow(2.0, Double(n))))
