// Checks if let binding, else branches and shadowing with the same name.
let maybe: Int? = 8
if let value = maybe {
  print("value", value)
} else {
  print("none")
}
let missing: Double? = nil
if let value = missing {
  print("unexpected", value)
} else {
  print("missing is nil")
}
if let maybe = maybe {
  print(maybe + 1)
}
if let maybe {
  print("shorthand", maybe)
}
