import Foundation

/// Where a command's results and messages go: standard output and standard error by default.
public struct Console: Sendable {
  private let writeOutput: @Sendable (String) -> Void
  private let writeError: @Sendable (String) -> Void
  /// Whether standard error is a terminal, where a progress line may be shown.
  public let errorIsTerminal: Bool

  public init(
    output: @escaping @Sendable (String) -> Void,
    error: @escaping @Sendable (String) -> Void,
    errorIsTerminal: Bool = false
  ) {
    self.writeOutput = output
    self.writeError = error
    self.errorIsTerminal = errorIsTerminal
  }

  /// The process's standard output and standard error.
  public static let standard = Console(
    output: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
    error: { text in FileHandle.standardError.write(Data(text.utf8)) },
    errorIsTerminal: isatty(STDERR_FILENO) != 0
  )

  /// Writes a result to standard output.
  public func print(_ text: String) { writeOutput(text) }

  /// Writes one message line to standard error.
  public func report(_ message: String) { writeError(message.hasSuffix("\n") ? message : message + "\n") }

  /// Writes to standard error without adding a newline (for a progress line).
  public func status(_ text: String) { writeError(text) }
}
