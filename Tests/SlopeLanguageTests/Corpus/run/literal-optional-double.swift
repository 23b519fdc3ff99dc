// Checks integer literals bound to optional Double.
let o: Double? = 3
print(o)
let fallback = o ?? 0
print(fallback)
let none: Double? = nil
print(none ?? 1)
