// The start-up of `slope run` on a one-block notebook, as a whole process, against CPython starting and
// printing the same thing.
//
//   make release      (or swift build -c release --product slope --static-swift-stdlib)
//   swift run -c release --package-path Benchmarks StartupBenchmark [PATH-TO-SLOPE]
import Foundation

let arguments = CommandLine.arguments.dropFirst()
let slope = arguments.first ?? ".build/release/slope"
guard FileManager.default.isExecutableFile(atPath: slope) else {
  print("StartupBenchmark: no slope executable at \(slope); build it with 'make release'")
  exit(1)
}

let folder = FileManager.default.temporaryDirectory.appendingPathComponent("slope-startup-\(getpid())")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }
let notebook = folder.appendingPathComponent("one.md")
try "# One block\n\n```swift\nprint(1 + 2)\n```\n".write(to: notebook, atomically: true, encoding: .utf8)

/// Wall-clock seconds of each of `runs` runs of a process, sorted.
///
/// - Note: `posix_spawn` and `waitpid` rather than Foundation's `Process`, whose `waitUntilExit` polls a run
///   loop and adds tens of milliseconds to every run.
func times(_ executable: String, _ arguments: [String], runs: Int = 21) -> [Double] {
  var result: [Double] = []
  let argv = ([executable] + arguments).map { strdup($0) } + [nil]
  defer { argv.forEach { free($0) } }
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
  defer { posix_spawn_file_actions_destroy(&actions) }
  for _ in 0..<runs {
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawnp(&pid, executable, &actions, nil, argv, environ) == 0 else {
      fatalError("cannot start \(executable)")
    }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    result.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    if status != 0 { fatalError("\(executable) failed with status \(status)") }
  }
  return result.sorted()
}

func report(_ name: String, _ sorted: [Double]) {
  let line = String(
    format: "%@ least %.1f ms, median %.1f ms over %d runs",
    name,
    sorted[0] * 1000,
    sorted[sorted.count / 2] * 1000,
    sorted.count
  )
  print(line)
}

let output = folder.appendingPathComponent("out").path
report("slope run (one block):", times(slope, ["run", "-q", notebook.path, "-o", output]))
report("python3 -c 'print(1 + 2)':", times("python3", ["-c", "print(1 + 2)"]))
print("target: slope run under 30 ms")
