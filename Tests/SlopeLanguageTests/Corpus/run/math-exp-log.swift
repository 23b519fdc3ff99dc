// Checks exp, log, log2 and log10.
import Foundation

print(exp(1.0))
print(exp(0.0))
print(exp(-1.0))
print(log(1.0))
print(log(exp(2.0)))
print(log(10.0))
print(log2(8.0))
print(log2(10.0))
print(log10(1000.0))
print(log10(2.0))
