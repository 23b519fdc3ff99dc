// Checks multi-line string literals: indentation stripping, interpolation and line continuation.
let n = 3
let text = """
  first line
    indented by two
  value: \(n)
  joined \
  here
  """
print(text)
let quotes = """
  "quoted" and \"escaped\"
  """
print(quotes)
