// Checks that a name declared in an inner scope is not visible after it.
let flag = true
if flag {
  let inner = 1
  print(inner)
}
print(inner)
