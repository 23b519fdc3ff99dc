// Checks that a call matching no overload's types is an error.
func describe(_ value: Int) -> String { "Int \(value)" }
func describe(_ value: Double) -> String { "Double \(value)" }
print(describe("x"))
