// Checks if with comma-separated conditions, evaluated left to right.
let x = 3
let y = -1
if x > 0, y > 0 {
  print("both positive")
} else {
  print("not both")
}
if x > 0, y < 0, x + y == 2 {
  print("all three")
}
let maybe: Int? = 4
if let value = maybe, value > 2 {
  print("bound", value)
}
if let value = maybe, value > 10 {
  print("unexpected", value)
} else {
  print("too small")
}
