// Checks that break outside a loop or switch is an error.
let n = 1
if n > 0 {
  print(n)
}
break
