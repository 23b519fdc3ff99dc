// Checks that stride with a zero step traps.
let step = 0
print(Array(stride(from: 0, to: 6, by: 2)))
for i in stride(from: 0, to: 6, by: step) {  // traps
  print(i)
}
