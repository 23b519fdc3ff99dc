// Checks that an array literal mixing Int and String is an error.
let xs = [1, 2]
let mixed = [1, "a"]
print(xs)
print(mixed)
