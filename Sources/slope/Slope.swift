import ArgumentParser
import Foundation
import SlopeRunner

@main
struct Slope: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "slope",
    abstract: "Run and verify Markdown notebooks of Swift calculations.",
    discussion: """
      A notebook is a CommonMark file whose ```swift blocks are calculations. `slope run` runs them and \
      writes each block's output and figures back after it; `slope check` verifies that the recorded \
      outputs still match.
      """,
    version: SlopeVersion.current,
    subcommands: [Run.self, Check.self]
  )

  /// Runs the command, with every command-line mistake ending in exit status 2 as the specification
  /// says (ArgumentParser's own convention is 64).
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      if code == .success || code.rawValue == 1 || code.rawValue == 2 {
        exit(withError: error)
      }
      FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
      Foundation.exit(2)
    }
  }
}
