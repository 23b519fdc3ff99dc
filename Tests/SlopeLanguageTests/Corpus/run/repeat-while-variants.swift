// Checks repeat-while loops: running once when false, with break and continue.
var n = 10
repeat {
  print("ran with", n)
} while n < 5
var i = 0
repeat {
  i += 1
  if i == 2 { continue }
  if i == 5 { break }
  print(i)
} while i < 10
var x = 1.0
var steps = 0
repeat {
  x = x / 2
  steps += 1
} while x > 0.01
print(x, steps)
var guess = 1.0
repeat {
  guess = (guess + 2 / guess) / 2
} while abs(guess * guess - 2) > 1e-12
print(guess)
