// Checks that converting an infinity computed at run time to Int traps.
let one = 1.0
var divisor = 4.0
print(Int(one / divisor))
divisor = 0
print(Int(one / divisor))  // traps
