// Checks min and max when one argument is NaN: the result depends on argument order.
let n = Double.nan
print(min(n, 1.0), min(1.0, n))
print(max(n, 1.0), max(1.0, n))
print([3.0, n, 1.0].min())
print([n, 3.0, 1.0].max())
