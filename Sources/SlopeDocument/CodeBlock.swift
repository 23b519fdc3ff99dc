/// A fenced code block, with exact positions of the block and of its body.
///
/// Ranges are half-open byte ranges into the document. Inside a container (a list item, a block
/// quote) the body range spans the body's lines, container prefixes included; `body` is the text with
/// the prefixes removed, as CommonMark reads it.
public struct CodeBlock: Equatable, Sendable {
  /// The info string after the opening fence, unescaped.
  public var info: String
  /// The text between the fences, one `\n` after each line.
  public var body: String
  /// The opening fence's position.
  public var start: SourceLocation
  /// The last line of the block: the closing fence, or the last body line when the block is unclosed.
  public var endLine: Int
  /// The 1-based line of the first body line.
  public var bodyFirstLine: Int
  /// The number of body lines.
  public var bodyLineCount: Int
  /// The opening fence, such as "```" or "~~~~": what a closing fence must repeat.
  public var fence: String
  /// Whether a closing fence ends the block (rather than the end of its container or of the document).
  public var isClosed: Bool
  /// From the opening fence through the end of the last line's content.
  public var range: Range<Int>
  /// From the start of the first body line through the line ending of the last body line.
  public var bodyRange: Range<Int>
  /// For each body line, the number of source bytes before the text CommonMark reads as the body.
  public var bodyColumnOffsets: [Int]
  /// What each line written inside the block's container must start with, e.g. `"> "` or `"   "`.
  public var containerPrefix: String
  /// Whether the block sits inside a list item, where blank lines between blocks would make a list loose.
  public var isInListItem: Bool

  /// The info string's first word, such as `swift`.
  public var language: Substring {
    info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? ""
  }

  /// The info string's words after the first.
  public var optionWords: [Substring] {
    Array(info.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst())
  }

  /// Maps a position inside the body (1-based line and UTF-8 column) to the document.
  public func documentLocation(bodyLine: Int, column: Int) -> SourceLocation {
    let clampedLine = min(max(bodyLine, 1), max(bodyLineCount, 1))
    let offset = bodyColumnOffsets.isEmpty ? 0 : bodyColumnOffsets[clampedLine - 1]
    return SourceLocation(line: bodyFirstLine + bodyLine - 1, column: column + offset)
  }
}
