// Checks += -= *= /= on Double variables and array elements.
var x = 0.1
x += 0.2
print(x)
x -= 0.3
print(x)
x *= 1e20
print(x)
x /= 3
print(x)
var xs = [1.0, 2.0]
xs[1] += 0.5
xs[0] *= -1
print(xs)
