// Checks default parameter values, including skipping one in the middle.
func describe(_ x: Int, prefix: String = "<", suffix: String = ">") -> String {
  return prefix + String(x) + suffix
}
print(describe(1))
print(describe(2, prefix: "["))
print(describe(3, suffix: "]"))
print(describe(4, prefix: "(", suffix: ")"))
