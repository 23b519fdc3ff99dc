// Checks log of zero and of infinity, computed from variables.
import Foundation

let zero = 0.0
let inf = Double.infinity
print(log(zero))
print(log(inf))
print(exp(inf))
print(exp(-inf))
print(log10(zero))
print(exp(710.0))
