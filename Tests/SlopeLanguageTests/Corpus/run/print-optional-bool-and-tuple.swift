// Checks optionals holding Bool and tuples.
let b: Bool? = true
print(b)
let t: (Int, String)? = (1, "a")
print(t)
let labelled: (x: Double, y: Double)? = (x: 1, y: 2)
print(labelled)
let none: (Int, Int)? = nil
print(none)
