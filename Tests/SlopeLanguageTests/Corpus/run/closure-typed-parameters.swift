// Checks closures with explicitly typed parameters and return types.
let add = { (a: Int, b: Int) -> Int in
  return a + b
}
print(add(4, 5))
let describe = { (x: Double, label: String) -> String in label + ": " + String(x) }
print(describe(2.5, "x"))
let noArguments = { () -> Int in 42 }
print(noArguments())
let ignoring = { (_: Int) -> String in "ignored" }
print(ignoring(1))
