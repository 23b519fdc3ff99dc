// Checks that unary minus cannot be applied to a String.
let s = "text"
let n = 4
print(-n)
print(-s)
