// Checks that && binds tighter than || and ! tighter than both.
let a = true
let b = false
let c = true
print(a || b && c)
print((a || b) && !c)
print(!a || b || c)
print(a && !b && c)
print(1 < 2 && 2 < 3 || 3 < 1)
