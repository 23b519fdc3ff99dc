// Checks atan2 with signed zeros.
import Foundation

print(atan2(0.0, 0.0))
print(atan2(0.0, -0.0))
print(atan2(-0.0, -0.0))
print(atan2(-0.0, 1.0))
print(atan2(1.0, 0.0))
print(atan2(-1.0, 0.0))
