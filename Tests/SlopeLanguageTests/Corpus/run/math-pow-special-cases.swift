// Checks pow at zero, one and infinity, and with a negative base.
import Foundation

print(pow(0.0, 0.0))
print(pow(2.0, -1.0))
print(pow(-2.0, 3.0))
print(pow(-8.0, 1.0 / 3.0))
print(pow(1.0, Double.infinity))
print(pow(0.5, Double.infinity))
print(pow(0.0, -1.0))
