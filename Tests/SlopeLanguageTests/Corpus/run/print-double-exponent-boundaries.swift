// Checks the switch to exponent notation just around 1e-4 and 2^53.
print(0.0001)
print(0.00009999)
print(0.0001 - 1e-20)
print(8999999999999999.0)
print(9999999999999998.0)
print(1e16 - 2)
print(-0.0001)
print(-1e-05)
