import SlopeFigures

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

  public init(limits: Limits = Limits()) {
    self.limits = limits
  }

  /// Runs one calculation block.
  ///
  /// - Parameters:
  ///   - source: The block's body, exactly as written inside the fence.
  ///   - firstLine: The notebook line of the body's first line, used when rendering diagnostics.
  /// - Returns: What the block printed and drew, and the error that ended it, if any.
  public func run(_ source: String, firstLine: Int = 1) -> BlockOutcome {
    BlockOutcome(
      output: "",
      error: BlockError(
        message: "calculation blocks cannot run yet",
        line: 1,
        column: 1,
        rendered: "error: calculation blocks cannot run yet\n"
      ),
      figures: []
    )
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
