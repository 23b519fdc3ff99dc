// Loops whose body only stores Double arithmetic: locals, globals, Double(i), inlined calls, signed zeros and infinities.
func square(_ x: Double) -> Double { x * x }
let scale = 0.75
var total = 0.0
var a = 1.0
var b = 0.5
for n in 1...4 {
  for k in 0..<n {
    let w = -Double(k) / Double(n)
    var y = square(w) - Double(n)
    y *= 0.5
    total += y
    a = b + w
    b = a * scale
  }
}
print(total, a, b)

func riemann(_ count: Int) -> Double {
  var sum = 0.0
  let width = 1.0 / Double(count)
  for i in 0..<count {
    let x = (Double(i) + 0.5) * width
    sum += square(x) * width
  }
  return sum
}
print(riemann(10), riemann(1000))

var zero = 0.0
var reciprocal = 0.0
var notANumber = 0.0
for _ in 1...2 {
  zero = -zero * 1
  reciprocal = 1 / zero
  notANumber = zero / zero
}
print(zero, reciprocal, notANumber, -reciprocal)

var step = 1.0
for i in 0..<60 {
  step /= 2
  step -= Double(i) * 0
}
print(step, 1 + step == 1)
