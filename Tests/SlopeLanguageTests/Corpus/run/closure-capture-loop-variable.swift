// Checks that closures created in a loop each capture that iteration's value.
var closures: [() -> Int] = []
for i in 0..<3 {
  closures.append { i * 10 }
}
for c in closures {
  print(c())
}
var makers: [(Int) -> Int] = []
for k in [2, 3] {
  makers.append { $0 * k }
}
print(makers.map { $0(5) })
