import ArgumentParser
import SlopeRunner

struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Rerun notebooks and fail where the recorded outputs no longer match. Writes nothing."
  )

  @Argument(help: "Notebooks, or folders whose *.md files are notebooks.")
  var paths: [String]

  @OptionGroup var execution: ExecutionOptions

  func run() throws {
    throw ExitCode(2)
  }
}
