import Foundation
import SlopeFigures
import SwiftSyntax

/// One notebook's interpreter state: the blocks of a notebook run in order in one session.
///
/// A session is not thread-safe; run independent notebooks on independent sessions.
public final class Session {
  /// The limits that end a block with an error instead of letting it run away.
  public struct Limits: Sendable, Equatable {
    /// Wall-clock time a block may run, in seconds.
    public var secondsPerBlock: Double
    /// The deepest chain of nested calls a block may make.
    public var maxCallDepth: Int
    /// The largest array or string a block may build, in elements or UTF-8 bytes.
    public var maxCollectionCount: Int
    /// The most a block may print, in UTF-8 bytes; the rest is dropped with a note.
    public var maxOutputBytes: Int

    public init(
      secondsPerBlock: Double = 10,
      maxCallDepth: Int = 10_000,
      maxCollectionCount: Int = 10_000_000,
      maxOutputBytes: Int = 1_000_000
    ) {
      self.secondsPerBlock = secondsPerBlock
      self.maxCallDepth = maxCallDepth
      self.maxCollectionCount = maxCollectionCount
      self.maxOutputBytes = maxOutputBytes
    }
  }

  public let limits: Limits
  private let compiler: Compiler
  private let machine: Machine

  public init(limits: Limits = Limits()) {
    self.limits = limits
    compiler = Compiler(prelude: Prelude())
    machine = Machine(limits: limits)
  }

  /// Runs one calculation block.
  ///
  /// - Parameters:
  ///   - source: The block's body, exactly as written inside the fence.
  ///   - firstLine: The notebook line of the body's first line, used when rendering diagnostics.
  /// - Returns: What the block printed and drew, and the error that ended it, if any.
  public func run(_ source: String, firstLine: Int = 1) -> BlockOutcome {
    // The interpreter recurses on the native stack, so it runs on a thread whose stack is large enough
    // for the deepest call chain the limits allow; the depth limit ends a block long before it is used up.
    let job = Job(session: self, source: source, firstLine: firstLine)
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      job.run()
      done.signal()
    }
    thread.stackSize = Session.stackSize(for: limits)
    thread.start()
    done.wait()
    return job.outcome ?? BlockOutcome(output: "", error: nil, figures: [])
  }

  private static func stackSize(for limits: Limits) -> Int {
    let perCall = 16 << 10
    return min(max(64 << 20, limits.maxCallDepth * perCall + (16 << 20)), 4 << 30)
  }

  fileprivate func runOnThisThread(_ source: String, firstLine: Int) -> BlockOutcome {
    let parsed = ParsedBlock(source: source, firstLine: firstLine)
    if let error = parsed.syntaxError() { return BlockOutcome(output: "", error: error, figures: []) }
    let file: SourceFileSyntax
    switch parsed.folded() {
    case .success(let folded): file = folded
    case .failure(let error): return BlockOutcome(output: "", error: error, figures: [])
    }
    let block: Compiler.CompiledBlock
    do {
      block = try compiler.compileBlock(file)
    } catch {
      return BlockOutcome(output: "", error: parsed.error(error.message, offset: error.position), figures: [])
    }
    machine.reserveGlobals(block.globalCount)
    machine.beginBlock(seconds: limits.secondsPerBlock)
    var failure: BlockError?
    do throws(Trap) {
      let base = try machine.pushFrame(size: block.frameSize, at: 0)
      for (index, statement) in block.statements {
        do throws(Trap) {
          _ = try statement(machine)
        } catch {
          block.scope.rollBack(toStatement: index)
          throw error
        }
      }
      _ = base
    } catch {
      failure = parsed.error(error.message, offset: error.position)
    }
    compiler.commit(block)
    var figures = machine.prelude.figures
    if let open = machine.prelude.currentFigure { figures.append(open) }
    var output = machine.printedText
    for note in machine.prelude.notes {
      if !output.isEmpty && !output.hasSuffix("\n") { output += "\n" }
      output += note + "\n"
    }
    return BlockOutcome(output: output, error: failure, figures: figures)
  }
}

/// One block run handed to the interpreter thread.
private final class Job: @unchecked Sendable {
  let session: Session
  let source: String
  let firstLine: Int
  var outcome: BlockOutcome?

  init(session: Session, source: String, firstLine: Int) {
    self.session = session
    self.source = source
    self.firstLine = firstLine
  }

  func run() {
    outcome = session.runOnThisThread(source, firstLine: firstLine)
  }
}

/// What one block printed, drew and how it ended.
public struct BlockOutcome: Sendable, Equatable {
  /// Everything the block printed, in order.
  public var output: String
  /// The compile-time or run-time error that ended the block, if any.
  public var error: BlockError?
  /// The figures the block drew, in the order they were shown.
  public var figures: [Figure]

  public init(output: String, error: BlockError?, figures: [Figure]) {
    self.output = output
    self.error = error
    self.figures = figures
  }
}

/// An error that ended a block, with its position inside the block.
public struct BlockError: Error, Sendable, Equatable {
  /// The message as Swift words it, without the `error: ` prefix.
  public var message: String
  /// The 1-based line inside the block's source.
  public var line: Int
  /// The 1-based column, in UTF-8 bytes, inside that line.
  public var column: Int
  /// The whole error text for an `error` block: `error: MESSAGE` and the annotated source lines,
  /// numbered with the notebook's own line numbers.
  public var rendered: String

  public init(message: String, line: Int, column: Int, rendered: String) {
    self.message = message
    self.line = line
    self.column = column
    self.rendered = rendered
  }
}
