// Checks that Doubles print with the shortest digits that round-trip.
print(0.1)
print(1.0 / 10)
print(2.0 / 3)
print(100.0 / 3)
print(1e-3 * 3)
print(5e-5 * 2)
print(0.1 * 0.1)
print(1.1 + 2.2)
