import Foundation
import SlopeDocument
import SlopeLanguage

/// What `slope check` was asked to do.
public struct CheckRequest: Sendable {
  /// How differences are reported on standard error.
  public enum Format: String, CaseIterable, Sendable {
    case text
    case github
    case json
  }

  public var paths: [String]
  public var format: Format = .text
  public var junitPath: String?
  /// Numbers inside outputs match when within this relative tolerance; `nil` compares text exactly.
  public var floatTolerance: Double?
  public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
  public var secondsPerBlock: Double = 10
  public var quiet = false
  /// `(index, count)`, 1-based: only the notebooks of this share.
  public var shard: (index: Int, count: Int)?

  public init(paths: [String]) {
    self.paths = paths
  }
}

/// One block's verdict in a check.
struct BlockCheck: Sendable {
  var path: String
  var result: BlockResult
  /// The line a difference is reported at: the recorded region's, or the block's when none is recorded.
  var line: Int
  /// Why the block fails, and the diff of recorded against actual; `nil` when it passes.
  var problem: (message: String, diff: String)?
}

/// `slope check`: reruns notebooks and compares what each block prints, draws and fails with what the
/// notebook records. It writes nothing but the optional JUnit report.
public enum CheckCommand {
  public static func run(_ request: CheckRequest, console: Console = .standard) -> ExitStatus {
    let started = DispatchTime.now()
    do {
      var inputs = try NotebookFinder.find(request.paths)
      if let shard = request.shard {
        inputs = Shard.select(inputs, index: shard.index, count: shard.count)
      }
      let loaded: [LoadedNotebook]
      switch NotebookLoader.load(inputs) {
      case .success(let notebooks):
        loaded = notebooks
      case .failure(let problems):
        problems.errors.forEach { console.report($0.description) }
        return .unusable
      }
      var settings = ExecutionSettings(limits: Session.Limits(secondsPerBlock: request.secondsPerBlock))
      settings.figureFormatAsRecorded = true
      let executions = BatchExecutor(jobs: request.jobs, quiet: request.quiet, console: console)
        .execute(loaded, settings: settings)
      var checks: [[BlockCheck]] = []
      for (notebook, execution) in zip(loaded, executions) {
        checks.append(
          execution.blocks.map {
            compare($0, path: notebook.input.path, stem: execution.stem, tolerance: request.floatTolerance)
          }
        )
      }
      let reporter = CheckReporter(format: request.format, console: console)
      reporter.report(checks)
      if let junitPath = request.junitPath {
        try FileWriter.writeAtomically(Array(JUnitReport.xml(checks).utf8), to: junitPath)
      }
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
      if !request.quiet {
        reporter.summary(checks, seconds: seconds)
      }
      return checks.joined().contains { $0.problem != nil } ? .failure : .success
    } catch {
      console.report(error.description)
      return .unusable
    }
  }

  /// Compares one block's fresh result with what its notebook records.
  static func compare(_ result: BlockResult, path: String, stem: String, tolerance: Double?) -> BlockCheck {
    let block = result.block
    let recorded = block.region.items
    let line = block.region.itemLines.first ?? block.code.start.line
    var check = BlockCheck(path: path, result: result, line: line, problem: nil)
    guard let actual = result.items else { return check }
    let diff = UnifiedDiff.make(old: markdownLines(recorded), new: markdownLines(actual))
    if let failure = result.failure {
      check.line = block.code.start.line
      switch failure {
      case .unexpectedError(let error):
        check.line = result.location(of: error).line
        check.problem = ("the block ended in an error: \(error.message)", diff)
      case .missingExpectedError:
        check.problem = ("the block is marked expect-error but ran without an error", diff)
      }
      return check
    }
    if recorded.isEmpty && !actual.isEmpty {
      check.problem = ("the block's output is not recorded yet; run `slope run --in-place \(path)`", diff)
      return check
    }
    if !matches(recorded: recorded, actual: actual, tolerance: tolerance) {
      check.problem = ("the recorded output differs from what the block now produces", diff)
      return check
    }
    if let mismatch = figureFileMismatch(result, notebookPath: path, stem: stem) {
      check.problem = mismatch
    }
    return check
  }

  private static func matches(recorded: [GeneratedItem], actual: [GeneratedItem], tolerance: Double?) -> Bool {
    // What a block prints is compared as the notebook can record it (see `GeneratedItem.recorded`).
    let actual = actual.map(\.recorded)
    guard let tolerance else { return recorded == actual }
    guard recorded.count == actual.count else { return false }
    return zip(recorded, actual).allSatisfy { pair in
      switch pair {
      case (.output(let a), .output(let b)), (.error(let a), .error(let b)), (.textFigure(let a), .textFigure(let b)):
        return NumericTolerance.equal(a, b, relativeTolerance: tolerance)
      default:
        return pair.0 == pair.1
      }
    }
  }

  /// A figure compares by its file's bytes; a difference comes with a diff of the file's lines.
  private static func figureFileMismatch(
    _ result: BlockResult,
    notebookPath: String,
    stem: String
  ) -> (message: String, diff: String)? {
    let folder = FigureFiles.folder(beside: notebookPath, stem: stem)
    for figure in result.figures where figure.format == .svg {
      let file = folder + "/" + figure.fileName
      guard let data = FileManager.default.contents(atPath: file) else {
        return ("the figure file \(file) is missing; run `slope run --in-place \(notebookPath)`", "")
      }
      let expected = FigureFiles.marked(figure.content)
      if [UInt8](data) != Array(expected.utf8) {
        let diff = UnifiedDiff.make(
          old: lines(String(decoding: data, as: UTF8.self)),
          new: lines(expected),
          oldName: file,
          newName: "actual"
        )
        return ("the figure file \(file) differs from the figure the block now draws", diff)
      }
    }
    return nil
  }

  private static func lines(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  /// The items as the Markdown lines they are written as, for diffs.
  static func markdownLines(_ items: [GeneratedItem]) -> [String] {
    items.flatMap { MarkdownDocument.markdown(for: $0) }
  }
}

/// A stable partition of notebooks for CI matrices.
enum Shard {
  /// The notebooks of share `index` (1-based) of `count`: every count-th notebook in byte order of its
  /// path, so shards are disjoint, cover every notebook, and do not depend on file creation order.
  static func select(_ inputs: [NotebookInput], index: Int, count: Int) -> [NotebookInput] {
    let sorted = inputs.enumerated().sorted {
      Array($0.element.path.utf8).lexicographicallyPrecedes(Array($1.element.path.utf8))
    }
    let chosen = Set(sorted.enumerated().filter { $0.offset % count == index - 1 }.map { $0.element.offset })
    return inputs.enumerated().filter { chosen.contains($0.offset) }.map(\.element)
  }
}

/// Compares texts that may differ only in the last digits of their numbers.
enum NumericTolerance {
  static func equal(_ a: String, _ b: String, relativeTolerance: Double) -> Bool {
    let left = tokens(a)
    let right = tokens(b)
    guard left.count == right.count else { return false }
    return zip(left, right).allSatisfy { pair in
      switch pair {
      case (.number(let x), .number(let y)):
        if x == y || (x.isNaN && y.isNaN) { return true }
        return abs(x - y) <= relativeTolerance * max(abs(x), abs(y))
      default:
        return pair.0 == pair.1
      }
    }
  }

  private enum Token: Equatable {
    case text(Substring)
    case number(Double)
  }

  private static func tokens(_ text: String) -> [Token] {
    var result: [Token] = []
    var rest = Substring(text)
    while !rest.isEmpty {
      if let match = rest.prefixMatch(of: /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/), let value = Double(match.output) {
        result.append(.number(value))
        rest = rest[match.range.upperBound...]
      } else {
        let next = rest.index(after: rest.startIndex)
        if case .text(let previous)? = result.last {
          result[result.count - 1] = .text(text[previous.startIndex..<next])
        } else {
          result.append(.text(rest[..<next]))
        }
        rest = rest[next...]
      }
    }
    return result
  }
}
