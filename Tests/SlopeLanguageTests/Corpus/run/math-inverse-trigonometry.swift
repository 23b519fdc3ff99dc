// Checks asin, acos, atan and atan2 including all four quadrants.
import Foundation

print(asin(1.0))
print(acos(0.0))
print(acos(-1.0))
print(atan(1.0))
print(asin(0.5))
print(atan2(1.0, 1.0))
print(atan2(1.0, -1.0))
print(atan2(-1.0, -1.0))
print(atan2(-1.0, 1.0))
print(atan2(0.0, -1.0))
