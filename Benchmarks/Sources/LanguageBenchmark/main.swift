import Foundation
import SlopeLanguage

// The language benchmark: the tutorial's forward-difference loop, as a notebook block, against the same
// loop compiled by swiftc -O (this binary) and run by CPython. Also the cost of a first, tiny block.

/// Read at run time so that the optimizer cannot fold the native loop away.
let points = Int(ProcessInfo.processInfo.environment["SLOPE_BENCH_POINTS"] ?? "") ?? 1_000_000

let program = """
  func f(_ x: Double) -> Double { 2 * x * x }
  var sum = 0.0
  let delta = 0.0001
  for i in 0..<\(points) {
    let x = Double(i) * 0.000001
    let x2 = x + delta
    sum += (f(x2) - f(x)) / (x2 - x)
  }
  print(sum)
  """

let python = """
  import time
  def f(x):
      return 2 * x * x
  start = time.perf_counter()
  total = 0.0
  delta = 0.0001
  for i in range(\(points)):
      x = i * 0.000001
      x2 = x + delta
      total += (f(x2) - f(x)) / (x2 - x)
  print(repr(total))
  print(time.perf_counter() - start)
  """

func seconds(_ body: () -> Void) -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// The step, read at run time like `points`.
let nativeDelta = Double(ProcessInfo.processInfo.environment["SLOPE_BENCH_DELTA"] ?? "") ?? 0.0001

/// The same loop, compiled.
@inline(never) func nativeLoop(_ count: Int, delta: Double) -> Double {
  func f(_ x: Double) -> Double { 2 * x * x }
  var sum = 0.0
  for i in 0..<count {
    let x = Double(i) * 0.000001
    let x2 = x + delta
    sum += (f(x2) - f(x)) / (x2 - x)
  }
  return sum
}

func best(of runs: Int, _ body: () -> Void) -> Double {
  (0..<runs).map { _ in seconds(body) }.min() ?? 0
}

var startup = 0.0
var firstOutput = ""
startup = seconds {
  firstOutput = Session().run("print(1 + 2)").output
}

var slopeOutput = ""
let slopeTime = best(of: 9) {
  slopeOutput = Session().run(program).output
}
var nativeSum = 0.0
var nativeTime = Double.infinity
for run in 0..<5 {
  // A different step each run, so that no run can reuse another's result.
  let step = nativeDelta * (1 + Double(run) * 1e-9)
  var result = 0.0
  nativeTime = min(nativeTime, seconds { result = nativeLoop(points, delta: step) })
  if run == 0 { nativeSum = result }
}

var pythonTime: Double?
let process = Process()
process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
process.arguments = ["python3", "-c", python]
let pipe = Pipe()
process.standardOutput = pipe
if (try? process.run()) != nil {
  process.waitUntilExit()
  let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  let lines = text.split(separator: "\n")
  if lines.count == 2 {
    pythonTime = Double(lines[1])
    if String(lines[0]) + "\n" != slopeOutput { print("warning: CPython printed \(lines[0]), Slope \(slopeOutput)") }
  }
}

print(
  "first block (print(1 + 2) in a new session): \(String(format: "%.1f", startup * 1000)) ms -> \(firstOutput.debugDescription)"
)
print("forward differences at \(points) points:")
print(
  "  Slope    \(String(format: "%8.1f", slopeTime * 1000)) ms   sum \(slopeOutput.trimmingCharacters(in: .newlines))"
)
print(
  "  swiftc -O\(String(format: "%8.1f", nativeTime * 1000)) ms   sum \(nativeSum)   Slope is \(String(format: "%.1f", slopeTime / nativeTime))x slower"
)
if let pythonTime {
  print(
    "  CPython  \(String(format: "%8.1f", pythonTime * 1000)) ms   Slope is \(String(format: "%.2f", pythonTime / slopeTime))x faster"
  )
} else {
  print("  CPython  not available")
}
