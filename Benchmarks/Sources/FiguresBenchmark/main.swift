// Times the figure renderers on a 100,000-point line: the budget is 50 ms each for SVG and text.
import SlopeFigures

let pointCount = 100_000
let xs = (0..<pointCount).map { Double($0) / Double(pointCount - 1) * 40 }
let ys = xs.map { x in
  // A sine with a slow drift and fast wiggle, so the simplifier has real work at every column.
  let t = x - 6.283185307179586 * (x / 6.283185307179586).rounded(.down)
  return (t < 3.141592653589793 ? 1 : -1) * 0.5 + 0.01 * x + 0.05 * Double(Int(x * 997) % 7)
}
let figure = Figure(
  series: [Series(kind: .line, x: xs, y: ys, label: "100,000 points")],
  title: "Benchmark",
  xLabel: "x",
  yLabel: "y"
)

/// Median and best wall time of `body` over `runs` runs, after one warm-up run.
func measure(_ name: String, runs: Int = 15, _ body: () throws -> Int) rethrows {
  let clock = ContinuousClock()
  var size = try body()
  var times: [Duration] = []
  for _ in 0..<runs {
    let start = clock.now
    size = try body()
    times.append(clock.now - start)
  }
  times.sort()
  func milliseconds(_ duration: Duration) -> String {
    let value = Double(duration.components.seconds) * 1e3 + Double(duration.components.attoseconds) / 1e15
    return String(Int((value * 100).rounded()) / 100) + "." + String(format2(Int((value * 100).rounded()) % 100))
  }
  print("\(name): median \(milliseconds(times[runs / 2])) ms, best \(milliseconds(times[0])) ms, output \(size) bytes")
}

func format2(_ value: Int) -> String {
  value < 10 ? "0\(value)" : "\(value)"
}

try measure("layout only (limits and ticks)") {
  _ = try FigureLayout(figure)
  return 0
}
try measure("SVG, 100,000-point line") { try SVGRenderer(id: "bench").render(figure).utf8.count }
try measure("unicode text, 100,000-point line") { try TextRenderer(mode: .unicode).render(figure).utf8.count }
try measure("ascii text, 100,000-point line") { try TextRenderer(mode: .ascii).render(figure).utf8.count }

let scatter = Figure(series: [Series(kind: .scatter, x: xs, y: ys)])
try measure("SVG, 100,000-point scatter") { try SVGRenderer(id: "bench").render(scatter).utf8.count }
try measure("sampling sin-like function") {
  try FunctionSampler().sample({ x in x * x * x - 2 * x }, from: -3, to: 3).x.count
}
