// Checks where strings are quoted: in tuples, arrays and optionals, not at top level.
let s = "a\"b"
print(s)
print((s, 1))
print([s])
let o: String? = s
print(o)
print("\(s)")
print("[\(s)]")
