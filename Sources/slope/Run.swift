import ArgumentParser
import SlopeDocument
import SlopeRunner

extension RunRequest.Format: ExpressibleByArgument {}
extension BlockOptions.FigureFormat: ExpressibleByArgument {}

/// Options shared by `run` and `check`.
struct ExecutionOptions: ParsableArguments {
  @Option(name: .long, help: "Notebooks run at the same time (default: the number of cores).")
  var jobs: Int?

  @Option(name: .long, help: "Seconds a block may run before it is stopped.")
  var timeout: Double = 10

  @Flag(name: .shortAndLong, help: "No progress line.")
  var quiet = false

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    guard timeout > 0 else { throw ValidationError("--timeout must be more than 0 seconds") }
  }
}

struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    // Spelled out: ArgumentParser would otherwise derive it from the type's name at every start-up.
    commandName: "run",
    abstract: "Run notebooks and write them back with every block's output and figures."
  )

  @Argument(help: "Notebooks, or folders whose *.md files are notebooks.")
  var paths: [String]

  @Option(name: .long, help: "The format to write: markdown, html or json.")
  var to: RunRequest.Format = .markdown

  @Option(name: .shortAndLong, help: "Write results into this folder, mirroring the paths given.")
  var output: String?

  @Flag(name: .long, help: "Rewrite each notebook in place (Markdown only, atomically).")
  var inPlace = false

  @Option(name: .long, help: "The format of figures: svg, ascii or unicode.")
  var figures: BlockOptions.FigureFormat?

  @Flag(name: .long, help: "Keep the author's raw HTML in HTML pages.")
  var unsafe = false

  @Option(name: .long, help: "A folder with page.mustache, index.mustache and style.css to use instead.")
  var templates: String?

  @OptionGroup var execution: ExecutionOptions

  func validate() throws {
    if output != nil && inPlace { throw ValidationError("--output and --in-place cannot be used together") }
    if inPlace && to != .markdown {
      throw ValidationError("--in-place rewrites Markdown only; use --output DIR with --to \(to.rawValue)")
    }
  }

  func run() throws {
    var request = RunRequest(paths: paths)
    request.format = to
    request.destination = inPlace ? .inPlace : output.map { .folder($0) } ?? .standardOutput
    request.figureFormat = figures
    request.jobs = execution.jobs ?? request.jobs
    request.secondsPerBlock = execution.timeout
    request.quiet = execution.quiet
    request.unsafe = unsafe
    request.templatesFolder = templates
    let status = RunCommand.run(request)
    if status != .success { throw ExitCode(status.rawValue) }
  }
}
