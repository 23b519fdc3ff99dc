// Checks that a closed range with lowerBound > upperBound traps.
let low = 1
let high = 0
print(Array(low...low))
let r = low...high  // traps
print(r)
