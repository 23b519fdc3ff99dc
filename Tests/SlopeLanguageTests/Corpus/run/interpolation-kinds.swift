// Checks string interpolation of every kind of value.
let i = 42
let d = 2.0
let s = "str"
let b = true
print("int \(i), double \(d), string \(s), bool \(b)")
print("array \([1, 2]) strings \(["a", "b"])")
print("tuple \((1, "x")) labelled \((value: 1.5, n: 2))")
let o: Int? = 7
let none: Int? = nil
print("optional \(o) and \(none)")
print("expression \(i * 2 + 1) and \(d / 4)")
print("nested \("inner \(i)")")
print("range \(0..<3) and \(1...2)")
