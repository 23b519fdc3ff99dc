// Checks interpolation inside multi-line strings with blank lines.
let name = "slope"
let n = 2
let text = """
  name: \(name)

  doubled: \(n * 2)
    indented: \([n])
  """
print(text)
print(
  """
  single
  """
)
