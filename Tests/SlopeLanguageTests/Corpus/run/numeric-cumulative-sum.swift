// Checks running sums built with a loop and with reduce.
let steps = [0.5, 0.25, 0.125, 0.0625]
var running: [Double] = []
var total = 0.0
for s in steps {
  total += s
  running.append(total)
}
print(running)
let start: [Double] = []
let cumulative = steps.reduce(start) { $0 + [($0.last ?? 0) + $1] }
print(cumulative)
