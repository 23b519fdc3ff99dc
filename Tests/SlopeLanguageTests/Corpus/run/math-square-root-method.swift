// Checks x.squareRoot() next to sqrt(x).
import Foundation

let x = 2.0
print(x.squareRoot())
print(sqrt(x) == x.squareRoot())
print(16.0.squareRoot())
print((x * 8).squareRoot())
let values = [1.0, 4.0, 10.0].map { $0.squareRoot() }
print(values)
