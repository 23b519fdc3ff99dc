// Checks a folder of generated notebooks with one job and with two, side by side in one run, and
// verifies that both report exactly the same thing.
//
//   swift run -c release --package-path Benchmarks RunnerBenchmark [--notebooks N]
import Foundation
import SlopeRunner

func notebook(_ index: Int) -> String {
  """
  # Generated notebook \(index)

  A loop of forward differences, as the tutorial computes them.

  ```swift
  func f(_ x: Double) -> Double { 2 * x * x + \(index) }
  var sum = 0.0
  for i in 0..<20_000 {
    let x = Double(i) / 1000
    let h = 0.0001
    sum += (f(x + h) - f(x)) / h
  }
  print(sum)
  ```

  Then a derivative and a small table.

  ```swift
  print(derivative(at: \(index % 7).0, of: f))
  for x in stride(from: 0.0, through: 1.0, by: 0.25) {
    print(String(format: "%.2f %.6f", x, numericalDerivative(of: f, at: x)))
  }
  ```

  """
}

/// Captures what a command prints, in order.
final class Capture: @unchecked Sendable {
  private let lock = NSLock()
  private(set) var text = ""

  func append(_ piece: String) {
    lock.lock()
    text += piece
    lock.unlock()
  }

  var console: Console {
    Console(output: { self.append($0) }, error: { self.append($0) })
  }
}

let arguments = CommandLine.arguments
let count = arguments.firstIndex(of: "--notebooks").flatMap { Int(arguments[$0 + 1]) } ?? 200
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("slope-runner-benchmark")
try? FileManager.default.removeItem(at: folder)
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }
for index in 0..<count {
  let path = folder.appendingPathComponent(String(format: "notebook-%03d.md", index)).path
  FileManager.default.createFile(atPath: path, contents: Data(notebook(index).utf8))
}

var record = RunRequest(paths: [folder.path])
record.destination = .inPlace
record.quiet = true
guard RunCommand.run(record, console: Capture().console) == .success else {
  print("error: the generated notebooks do not run")
  exit(1)
}

func check(jobs: Int) -> (seconds: Double, report: String, status: ExitStatus) {
  var request = CheckRequest(paths: [folder.path])
  request.jobs = jobs
  request.quiet = true
  let capture = Capture()
  let start = DispatchTime.now()
  let status = CheckCommand.run(request, console: capture.console)
  let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
  return (seconds, capture.text, status)
}

// Warm up once, then alternate so that machine noise falls on both sides alike.
_ = check(jobs: 2)
var serial: [Double] = []
var parallel: [Double] = []
var reports: Set<String> = []
for _ in 0..<3 {
  let one = check(jobs: 1)
  let two = check(jobs: 2)
  serial.append(one.seconds)
  parallel.append(two.seconds)
  reports.insert(one.report + "\(one.status)")
  reports.insert(two.report + "\(two.status)")
}
let serialMedian = serial.sorted()[1]
let parallelMedian = parallel.sorted()[1]
print("\(count) notebooks, slope check --jobs 1: \(String(format: "%.3f", serialMedian)) s (median of 3)")
print("\(count) notebooks, slope check --jobs 2: \(String(format: "%.3f", parallelMedian)) s (median of 3)")
print("speed-up with 2 jobs: \(String(format: "%.2f", serialMedian / parallelMedian))×")
print(reports.count == 1 ? "reports identical across job counts" : "error: reports differ between job counts")
