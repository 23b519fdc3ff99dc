// Checks that 2 * .pi is ambiguous in Swift; Double.pi is the spelling that works.
import Foundation

print(2 * Double.pi)
print(2 * .pi)
