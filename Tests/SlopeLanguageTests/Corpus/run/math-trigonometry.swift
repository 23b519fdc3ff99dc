// Checks sin, cos and tan at common angles.
import Foundation

print(sin(0.0))
print(sin(Double.pi / 2))
print(sin(Double.pi))
print(cos(0.0))
print(cos(Double.pi))
print(cos(Double.pi / 3))
print(tan(Double.pi / 4))
print(tan(1.0))
print(sin(1.0), cos(1.0))
