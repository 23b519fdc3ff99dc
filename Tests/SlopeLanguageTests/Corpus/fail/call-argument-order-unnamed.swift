// Checks that an unnamed argument after a labelled one it should follow is named by position.
func f(a: Int, _ x: Int) -> Int { a - x }
print(f(2, a: 1))
