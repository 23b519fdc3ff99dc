// Checks that pow(2.0, 10) is ambiguous in Swift; pow(2.0, 10.0) is the Double spelling.
import Foundation

print(pow(2.0, 10.0))
print(pow(2.0, 10))
