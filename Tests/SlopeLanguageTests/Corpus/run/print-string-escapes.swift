// Checks string literal escapes when printed bare.
print("tab\there")
print("quote \"q\"")
print("back\\slash")
print("line1\nline2")
print("null-free \u{e9}")
print("single 'quotes'")
print("")
print("end")
