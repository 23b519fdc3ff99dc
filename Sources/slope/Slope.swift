import ArgumentParser
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
}
