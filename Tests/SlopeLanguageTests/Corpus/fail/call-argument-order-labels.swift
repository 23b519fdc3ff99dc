// Checks that labelled arguments in the wrong order name the one that must come first.
func f(_ x: Int, a: Int, b: Int) -> Int { a - b }
print(f(1, b: 1, a: 2))
