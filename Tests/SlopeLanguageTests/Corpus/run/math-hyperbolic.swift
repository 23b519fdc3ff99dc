// Checks sinh, cosh and tanh.
import Foundation

print(sinh(0.0))
print(sinh(1.0))
print(cosh(0.0))
print(cosh(1.0))
print(tanh(0.5))
print(tanh(20.0))
print(tanh(-1.0))
