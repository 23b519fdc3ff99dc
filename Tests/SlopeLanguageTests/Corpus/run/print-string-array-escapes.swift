// Checks that strings inside arrays print quoted with escapes.
print(["a", "b"])
print(["quote\"inside"])
print(["tab\there", "new\nline"])
print(["back\\slash"])
print([""])
let words = ["one", "two"]
print(words)
print("not quoted alone")
