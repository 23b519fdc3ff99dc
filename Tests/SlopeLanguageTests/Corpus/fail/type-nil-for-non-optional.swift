// Checks that nil cannot initialize a non-optional Int.
let a: Int? = nil
let b: Int = nil
print(a)
print(b)
