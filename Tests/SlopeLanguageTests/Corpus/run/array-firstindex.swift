// Checks firstIndex(of:) returning the first match or nil.
let xs = [5, 3, 5, 1]
print(xs.firstIndex(of: 5))
print(xs.firstIndex(of: 1))
print(xs.firstIndex(of: 9))
print(["x", "y"].firstIndex(of: "y"))
if let i = xs.firstIndex(of: 3) {
  print("found at", i)
}
