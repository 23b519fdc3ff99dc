// Checks printing of optionals holding Int, String, Double and arrays, and nil.
let a: Int? = 3
let b: String? = "a"
let c: Double? = nil
let d: [Int]? = [1, 2]
let e: Double? = 2.5
print(a)
print(b)
print(c)
print(d)
print(e)
print(a, c)
