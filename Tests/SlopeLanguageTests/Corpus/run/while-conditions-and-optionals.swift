// Checks while loops with comma conditions and optional bindings.
var stack = [1, 2, 3]
while let top = stack.last {
  print("pop", top)
  stack.removeLast()
}
var n = 27
var steps = 0
while n != 1, steps < 200 {
  n = n % 2 == 0 ? n / 2 : 3 * n + 1
  steps += 1
}
print(steps)
var queue = [5, 3, 8]
while !queue.isEmpty {
  let first = queue.remove(at: 0)
  if first > 4 { queue.append(first - 4) }
  print(first, queue)
}
