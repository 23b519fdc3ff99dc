// Checks that exp(0) with an integer literal is ambiguous in Swift.
import Foundation

print(exp(0.0))
print(exp(0))
