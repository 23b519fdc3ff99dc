import ArgumentParser
import SlopeRunner

extension CheckRequest.Format: ExpressibleByArgument {}

struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    // Spelled out: ArgumentParser would otherwise derive it from the type's name at every start-up.
    commandName: "check",
    abstract: "Rerun notebooks and fail where the recorded outputs no longer match. Writes nothing."
  )

  @Argument(help: "Notebooks, or folders whose *.md files are notebooks.")
  var paths: [String]

  @Option(name: .long, help: "How differences are reported: text, github (workflow annotations) or json.")
  var format: CheckRequest.Format = .text

  @Option(name: .long, help: "Also write a JUnit XML report, one test case per block, to this file.")
  var junit: String?

  @Option(name: .long, help: "Compare numbers inside outputs within this relative tolerance.")
  var floatTolerance: Double?

  @Option(name: .long, help: "Check only share INDEX of COUNT (1-based), e.g. 2/4, for CI matrices.")
  var shard: String?

  @OptionGroup var execution: ExecutionOptions

  func validate() throws {
    if let floatTolerance, !(floatTolerance >= 0) {
      throw ValidationError("--float-tolerance must be a number of 0 or more")
    }
    if let shard { _ = try parsedShard(shard) }
  }

  private func parsedShard(_ text: String) throws -> (index: Int, count: Int) {
    let parts = text.split(separator: "/")
    guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1,
      (1...count).contains(index)
    else {
      throw ValidationError("--shard takes INDEX/COUNT with 1 <= INDEX <= COUNT, e.g. 1/4")
    }
    return (index, count)
  }

  func run() throws {
    var request = CheckRequest(paths: paths)
    request.format = format
    request.junitPath = junit
    request.floatTolerance = floatTolerance
    request.jobs = execution.jobs ?? request.jobs
    request.secondsPerBlock = execution.timeout
    request.quiet = execution.quiet
    request.shard = try shard.map(parsedShard)
    let status = CheckCommand.run(request)
    if status != .success { throw ExitCode(status.rawValue) }
  }
}
