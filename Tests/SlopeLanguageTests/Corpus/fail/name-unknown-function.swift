// Checks that calling an undeclared function is an error.
func known() -> Int { 1 }
print(known())
print(unknown(2))
print("unreachable")
