// Checks ! on present optionals.
let a: Int? = 3
print(a!)
print(a! + 1)
let xs = [4, 5]
print(xs.first!, xs.last!)
print(xs.firstIndex(of: 5)!)
let s: String? = "text"
print(s!)
