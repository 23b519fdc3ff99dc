// Checks integer literals in arguments whose Double type comes from a function signature.
import Foundation

func area(radius: Double) -> Double { Double.pi * radius * radius }
print(area(radius: 1))
print(area(radius: 2) / area(radius: 1))
print(sqrt(4))
print(max(1, 2.0))
print(pow(2, 0.5))
print(exp(0.0) + 1)
