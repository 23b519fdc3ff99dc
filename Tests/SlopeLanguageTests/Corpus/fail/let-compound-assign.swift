// Checks that += on a let constant is an error.
let total = 0
for i in 1...3 {
  total += i
}
print(total)
