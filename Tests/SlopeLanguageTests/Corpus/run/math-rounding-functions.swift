// Checks floor, ceil and round, including halves and negative values.
import Foundation

print(floor(2.7), floor(-2.7))
print(ceil(2.2), ceil(-2.2))
print(round(2.5), round(-2.5))
print(round(0.49999999999999994))
print(round(1.5), round(3.5))
print(floor(-0.5))
print(ceil(-0.5))
print(floor(5.0))
