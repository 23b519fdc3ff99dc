// Checks that functions and closures print as (Function).
func square(_ x: Double) -> Double {
  return x * x
}
let closure = { (x: Int) in x + 1 }
print(square)
print(closure)
let fs = [square]
print(fs.count)
print(square(3))
