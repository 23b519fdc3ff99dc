// Checks Double.infinity and Double.nan in arithmetic and comparisons.
import Foundation

let inf = Double.infinity
print(inf, -inf)
print(inf * 2, inf / 2)
print(inf.isFinite, inf.isNaN)
print(Double.nan.isFinite)
print(1.0.isFinite)
print(max(1.0, inf))
print(min(-inf, 0.0))
