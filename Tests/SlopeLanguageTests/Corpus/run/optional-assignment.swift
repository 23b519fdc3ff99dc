// Checks assigning values and nil to optional variables.
var x: Int? = nil
print(x)
x = 5
print(x)
x = nil
print(x)
var name: String?
print(name)
name = "set"
print(name ?? "unset")
