/// One piece of what the runner writes after a calculation block.
public enum GeneratedItem: Equatable, Sendable {
  /// What the block printed: an `output` fenced block.
  case output(String)
  /// The error that ended the block: an `error` fenced block.
  case error(String)
  /// A figure drawn as text: a `figure` fenced block.
  case textFigure(String)
  /// A figure stored as a file: a paragraph holding one image, `![ALT](PATH)`.
  case image(alt: String, path: String)

  /// The info string of the fenced block this item is written as, or `nil` for an image.
  public var infoString: String? {
    switch self {
    case .output: return "output"
    case .error: return "error"
    case .textFigure: return "figure"
    case .image: return nil
    }
  }

  /// The item as the notebook records it once written and read back: a fenced block's text has `\n`
  /// line endings (CommonMark reads `\r\n` and a lone `\r` as line endings too) and ends with one.
  ///
  /// Comparing recorded items with fresh ones compares these forms, so that a block printing
  /// `print("x", terminator: "")` matches the `x` and final newline its `output` block holds.
  public var recorded: GeneratedItem {
    switch self {
    case .output(let text): return .output(Self.recordedText(text))
    case .error(let text): return .error(Self.recordedText(text))
    case .textFigure(let text): return .textFigure(Self.recordedText(text))
    case .image: return self
    }
  }

  /// The lines of a fenced item's text, split at `\n`, `\r\n` and a lone `\r`; a final line ending
  /// ends the last line rather than starting an empty one.
  static func lines(of text: String) -> [Substring] {
    var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
    if lines.count > 1 && lines[lines.count - 1].isEmpty { lines.removeLast() }
    return lines
  }

  private static func recordedText(_ text: String) -> String {
    lines(of: text).map { $0 + "\n" }.joined()
  }
}

/// The generated region right after a calculation block, as the document records it.
///
/// It starts at the end of the calculation block's last line (before its line ending) and ends at the
/// end of the last generated block's last line, so replacing it leaves every other byte alone.
public struct GeneratedRegion: Equatable, Sendable {
  /// The bytes the region occupies; empty (at the block's end) when nothing was generated yet.
  public var range: Range<Int>
  /// The generated items found there, in order.
  public var items: [GeneratedItem]
  /// The 1-based first line of each item.
  public var itemLines: [Int]

  public init(range: Range<Int>, items: [GeneratedItem], itemLines: [Int]) {
    self.range = range
    self.items = items
    self.itemLines = itemLines
  }
}

/// A fenced block whose info string starts with `swift`: code the runner runs.
public struct CalculationBlock: Equatable, Sendable {
  /// The block itself.
  public var code: CodeBlock
  /// Its parsed options; defaults when they could not be parsed (the document's diagnostics say why).
  public var options: BlockOptions
  /// What a previous run wrote after it.
  public var region: GeneratedRegion
  /// Its 0-based position among the document's calculation blocks.
  public var ordinal: Int
}
