// Checks pow and sqrt with Double arguments.
import Foundation

print(pow(2.0, 10.0))
print(pow(2.0, 0.5))
print(pow(10.0, -2.0))
let x = 3.0
print(pow(x, 2))
print(pow(x, 3))
print(sqrt(2.0))
print(sqrt(16.0))
print(sqrt(x))
