// Checks that repeat-while runs its body at least once.
var i = 10
repeat {
  print(i)
  i += 1
} while i < 3
var total = 0
var k = 0
repeat {
  total += k
  k += 1
} while k <= 4
print(total)
