// Checks shortest round-trip printing of inexact Double sums and products.
print(0.1 + 0.2)
print(0.1 * 3)
print(1.1 * 1.1)
print(0.3 - 0.1)
print(1.0 / 3.0)
print(2.0 / 3.0)
print(10.0 / 7.0)
let tenth = 0.1
print(tenth + tenth + tenth)
