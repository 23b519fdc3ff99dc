// Checks that a multi-statement closure may shadow its own parameters in its body.
let double = { (a: Int) -> Int in
  let a = a * 2
  return a
}
print(double(21))
let squares = [1, 2, 3].map { v -> Int in
  let v = v * v
  return v
}
print(squares)
let scaled = [1.0, 2.0].map { (x: Double) -> Double in
  var x = x
  x *= 10
  return x
}
print(scaled)
