// Checks closures made in loops: each captures that iteration's constant, and a shared var.
var closures: [() -> Int] = []
for i in 0..<3 {
  closures.append { i * 10 }
}
print(closures.map { $0() })
var total = 0
let adders = [1, 2, 3].map { n in { total += n } }
for add in adders { add() }
adders[2]()
print(total)
var counter = 0
func increment() -> Int {
  counter += 1
  return counter
}
let results = (0..<3).map { _ in increment() }
print(results, counter)
