// Checks closures whose bodies have several statements.
let classify = { (x: Int) -> String in
  if x < 0 {
    return "negative"
  }
  let parity = x % 2 == 0 ? "even" : "odd"
  return parity
}
print(classify(-3), classify(4), classify(7))
let results = [1, 2, 3].map { x -> Int in
  let doubled = x * 2
  return doubled + 1
}
print(results)
