import Foundation
import SlopeDocument
import SlopeLanguage

/// What `slope run` was asked to do.
public struct RunRequest: Sendable {
  /// The format to write.
  public enum Format: String, CaseIterable, Sendable {
    case markdown
    case html
    case json

    var fileExtension: String {
      switch self {
      case .markdown: return "md"
      case .html: return "html"
      case .json: return "json"
      }
    }
  }

  /// Where results go.
  public enum Destination: Equatable, Sendable {
    case standardOutput
    case folder(String)
    case inPlace
  }

  public var paths: [String]
  public var format: Format = .markdown
  public var destination: Destination = .standardOutput
  /// The figure format of blocks without a `figure=` option; `nil` is SVG (text on standard output).
  public var figureFormat: BlockOptions.FigureFormat?
  public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
  public var secondsPerBlock: Double = 10
  public var unsafe = false
  public var quiet = false
  public var templatesFolder: String?

  public init(paths: [String]) {
    self.paths = paths
  }
}

/// The exit statuses of the specification.
public enum ExitStatus: Int32, Sendable {
  /// Everything ran and matched.
  case success = 0
  /// A notebook failed: an error outside `expect-error`, or a check difference.
  case failure = 1
  /// The command line or a file could not be used.
  case unusable = 2
}

/// `slope run`: runs notebooks and writes them back as Markdown, HTML or JSON.
public enum RunCommand {
  public static func run(_ request: RunRequest, console: Console = .standard) -> ExitStatus {
    do {
      return try runOrThrow(request, console: console)
    } catch {
      console.report(error.description)
      return .unusable
    }
  }

  private static func runOrThrow(_ request: RunRequest, console: Console) throws(RunnerError) -> ExitStatus {
    let started = DispatchTime.now()
    if request.destination == .inPlace && request.format != .markdown {
      throw RunnerError(
        path: "slope",
        message: "--in-place rewrites Markdown notebooks only; use --output DIR for \(request.format.rawValue)"
      )
    }
    let inputs = try NotebookFinder.find(request.paths)
    if request.destination == .standardOutput && inputs.count > 1 && request.format != .json {
      throw RunnerError(
        path: request.paths.joined(separator: " "),
        message: "\(inputs.count) notebooks cannot go to standard output; use --output DIR or --in-place"
      )
    }
    let loaded: [LoadedNotebook]
    switch NotebookLoader.load(inputs) {
    case .success(let notebooks):
      loaded = notebooks
    case .failure(let problems):
      problems.errors.dropLast().forEach { console.report($0.description) }
      throw problems.errors[problems.errors.count - 1]
    }
    // Only once every notebook is usable: a batch that stops with exit status 2 creates nothing,
    // not even the output folder.
    if case .folder(let folder) = request.destination {
      try checkOutputFolder(folder, inputs: request.paths)
    }
    let html = request.format == .html ? try HTMLPageBuilder(templatesFolder: request.templatesFolder) : nil

    var settings = ExecutionSettings(limits: Session.Limits(secondsPerBlock: request.secondsPerBlock))
    settings.figureFormat = request.figureFormat ?? .svg
    // Markdown on standard output has nowhere to put figure files.
    settings.textFiguresOnly = request.destination == .standardOutput && request.format == .markdown
    let executions = BatchExecutor(jobs: request.jobs, quiet: request.quiet, console: console)
      .execute(loaded, settings: settings)

    var status = ExitStatus.success
    for (notebook, execution) in zip(loaded, executions) {
      for message in FailureReport.messages(for: execution, path: notebook.input.path) {
        console.report(message)
        status = .failure
      }
      try write(execution, of: notebook.input, request: request, html: html, batchSize: loaded.count, console: console)
    }
    if case .folder(let folder) = request.destination, request.format == .html, let html {
      try writeIndex(folder: folder, notebooks: loaded, executions: executions, request: request, html: html)
    }
    // A batch ends with a summary; a single notebook's messages say it all.
    if !request.quiet && loaded.count > 1 {
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
      let blocks = executions.reduce(0) { $0 + $1.blocks.filter { $0.outcome != nil }.count }
      let failures = executions.reduce(0) { $0 + $1.blocks.filter { $0.failure != nil }.count }
      console.report(
        BatchSummary.line(
          verb: "Ran",
          notebooks: loaded.count,
          blocks: blocks,
          failures: failures,
          success: "no errors",
          seconds: seconds
        )
      )
    }
    return status
  }

  private static func write(
    _ execution: NotebookExecution,
    of input: NotebookInput,
    request: RunRequest,
    html: HTMLPageBuilder?,
    batchSize: Int,
    console: Console
  ) throws(RunnerError) {
    let text: [UInt8]
    switch request.format {
    case .markdown:
      text = execution.markdown
    case .html:
      text = Array((html?.page(for: execution, sourcePath: input.relativePath, unsafe: request.unsafe) ?? "").utf8)
    case .json:
      // Several notebooks on standard output are JSON Lines, one compact object each, whether they
      // were named one by one or found in a folder.
      let pretty = request.destination != .standardOutput || batchSize == 1
      text = Array(JSONReport(execution: execution, path: input.path).encoded(pretty: pretty).utf8)
    }
    switch request.destination {
    case .standardOutput:
      console.print(String(decoding: text, as: UTF8.self))
    case .inPlace:
      try FigureFiles.update(for: execution, beside: input.path)
      if text != execution.document.bytes {
        try FileWriter.writeAtomically(text, to: input.path)
      }
    case .folder(let folder):
      let target = outputPath(for: input, in: folder, extension: request.format.fileExtension)
      try FileWriter.makeFolder((target as NSString).deletingLastPathComponent)
      if request.format == .markdown {
        try FigureFiles.update(for: execution, beside: target)
      }
      try FileWriter.writeAtomically(text, to: target)
    }
  }

  static func outputPath(for input: NotebookInput, in folder: String, extension fileExtension: String) -> String {
    let relative = input.relativePath
    let withoutExtension = relative.hasSuffix(".md") ? String(relative.dropLast(3)) : relative
    return (folder as NSString).appendingPathComponent(withoutExtension + "." + fileExtension)
  }

  private static func writeIndex(
    folder: String,
    notebooks: [LoadedNotebook],
    executions: [NotebookExecution],
    request: RunRequest,
    html: HTMLPageBuilder
  ) throws(RunnerError) {
    let givenFolders = request.paths.filter { path in
      var isDirectory: ObjCBool = false
      return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
    guard !givenFolders.isEmpty else { return }
    let indexPath = (folder as NSString).appendingPathComponent("index.html")
    // A notebook called index.md already owns index.html.
    if notebooks.contains(where: { outputPath(for: $0.input, in: folder, extension: "html") == indexPath }) { return }
    let entries = zip(notebooks, executions).map { notebook, execution in
      (
        title: execution.document.title ?? notebook.input.stem,
        href: String(outputPath(for: notebook.input, in: "", extension: "html").drop(while: { $0 == "/" })),
        path: notebook.input.relativePath
      )
    }
    let title = (givenFolders[0] as NSString).lastPathComponent
    try FileWriter.writeAtomically(Array(html.index(title: title, entries: entries).utf8), to: indexPath)
  }

  /// Refuses an output folder inside an input folder: the next run would read its own output as notebooks.
  private static func checkOutputFolder(_ folder: String, inputs: [String]) throws(RunnerError) {
    let output = NotebookFinder.standardized(folder) + "/"
    for input in inputs {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue else {
        continue
      }
      let inputFolder = NotebookFinder.standardized(input) + "/"
      if output.hasPrefix(inputFolder) {
        throw RunnerError(
          path: folder,
          message: "the output folder is inside the input folder '\(input)'; choose a folder outside it"
        )
      }
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else { throw RunnerError(path: folder, message: "the output path is not a folder") }
      guard FileManager.default.isWritableFile(atPath: folder) else {
        throw RunnerError(path: folder, message: "the output folder is not writable")
      }
    } else {
      try FileWriter.makeFolder(folder)
    }
  }
}
