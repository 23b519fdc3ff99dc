// Times the document layer against `cmark --sourcepos` on the same generated 10 MB notebook, each
// as a whole process, side by side in one run.
//
//   swift run -c release --package-path Benchmarks DocumentBenchmark [--megabytes N] [--runs N]
import Foundation
import SlopeDocument

/// Parses a file and touches what the runner uses, then exits: the process `measure` times.
func parseOnly(_ path: String) -> Int32 {
  guard let data = FileManager.default.contents(atPath: path) else { return 2 }
  do {
    let document = try MarkdownDocument(bytes: [UInt8](data))
    let regions = document.calculationBlocks.reduce(0) { $0 + $1.region.items.count }
    print(
      "\(document.codeBlocks.count) code blocks, \(document.calculationBlocks.count) calculations, \(regions) regions"
    )
    return 0
  } catch {
    return 2
  }
}

/// A notebook of about `megabytes` MB: prose with inline markup, lists, quotes, and calculation
/// blocks with recorded outputs, the mix of a real tutorial.
func generatedNotebook(megabytes: Int) -> String {
  let section = """
    ## Section NUMBER

    The slope of a *line* is the change in `y` divided by the change in `x`, so for **f(x) = 2x**
    it is 2 everywhere; see [the tutorial](https://example.com/derivatives#NUMBER) for more.

    - first point: (0, 0)
    - second point: (1, 2)
      1. nested item with `code`
      2. another one

    > A quoted remark about derivatives,
    > continued lazily.

    ```swift id=block-NUMBER
    func f(_ x: Double) -> Double { 2 * x * x }
    let slope = (f(2) - f(1)) / (2 - 1)
    print("Slope:", slope)
    ```

    ```output
    Slope: 6.0
    ```

    | not | a table in CommonMark |

    """
  var text = "# Generated notebook\n\n"
  var number = 0
  let target = megabytes * 1_000_000
  text.reserveCapacity(target + section.utf8.count)
  while text.utf8.count < target {
    number += 1
    text += section.replacingOccurrences(of: "NUMBER", with: String(number))
  }
  return text
}

/// The median wall-clock seconds of running a command `runs` times.
func measure(_ executable: String, _ arguments: [String], runs: Int) -> Double {
  var times: [Double] = []
  for _ in 0..<runs {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    let start = DispatchTime.now()
    do {
      try process.run()
      process.waitUntilExit()
    } catch {
      return .nan
    }
    times.append(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
  }
  return times.sorted()[times.count / 2]
}

func commandPath(_ name: String) -> String? {
  for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
    let path = "\(folder)/\(name)"
    if FileManager.default.isExecutableFile(atPath: path) { return path }
  }
  return nil
}

let arguments = CommandLine.arguments
if arguments.count == 3 && arguments[1] == "--parse-only" {
  exit(parseOnly(arguments[2]))
}
func option(_ name: String, default value: Int) -> Int {
  guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return value }
  return Int(arguments[index + 1]) ?? value
}
let megabytes = option("--megabytes", default: 10)
let runs = option("--runs", default: 5)
let path = FileManager.default.temporaryDirectory.appendingPathComponent("slope-document-benchmark.md").path
FileManager.default.createFile(atPath: path, contents: Data(generatedNotebook(megabytes: megabytes).utf8))
defer { try? FileManager.default.removeItem(atPath: path) }

let slopeSeconds = measure(CommandLine.arguments[0], ["--parse-only", path], runs: runs)
print(String(format: "document layer (whole process): %.3f s for %d MB", slopeSeconds, megabytes))
if let cmark = commandPath("cmark") {
  let cmarkSeconds = measure(cmark, ["--sourcepos", path], runs: runs)
  print(String(format: "cmark --sourcepos (whole process): %.3f s", cmarkSeconds))
  print(String(format: "ratio: %.2f× cmark", slopeSeconds / cmarkSeconds))
} else {
  print("cmark is not installed (apt-get install cmark) — no side-by-side number")
}
