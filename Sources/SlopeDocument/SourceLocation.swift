/// A position in a document: 1-based line, and 1-based column counted in UTF-8 bytes.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The 1-based line number.
  public var line: Int
  /// The 1-based column, counted in UTF-8 bytes from the start of the line.
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  /// `LINE:COLUMN`, the form diagnostics use after the path.
  public var description: String { "\(line):\(column)" }
}

/// The lines of a document, found once so that a line number becomes a byte offset in O(1).
///
/// A line ends at `\n`, `\r\n` or a lone `\r`, as CommonMark defines line endings.
public struct LineTable: Sendable {
  /// The byte offset of the first byte of each line; `lineStarts[0]` is line 1.
  public let lineStarts: [Int]
  /// The byte offset just past each line's content, before its line ending.
  public let contentEnds: [Int]
  /// The byte offset just past each line's line ending.
  public let lineEnds: [Int]

  public init(_ bytes: [UInt8]) {
    var starts = [0]
    var contentEnds: [Int] = []
    var lineEnds: [Int] = []
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
        contentEnds.append(index)
        if byte == UInt8(ascii: "\r"), index + 1 < count, bytes[index + 1] == UInt8(ascii: "\n") {
          index += 1
        }
        index += 1
        lineEnds.append(index)
        starts.append(index)
      } else {
        index += 1
      }
    }
    if starts.last == count && count > 0 {
      // The document ends with a line ending: there is no empty line after it.
      starts.removeLast()
    } else {
      contentEnds.append(count)
      lineEnds.append(count)
    }
    self.lineStarts = starts
    self.contentEnds = contentEnds
    self.lineEnds = lineEnds
  }

  /// The number of lines.
  public var count: Int { lineStarts.count }

  /// The number of line endings (`\n`, `\r\n` or a lone `\r`) in some bytes.
  public static func lineBreaks<Bytes: Collection<UInt8>>(in bytes: Bytes) -> Int {
    var count = 0
    var previousWasReturn = false
    for byte in bytes {
      if byte == UInt8(ascii: "\n") {
        if !previousWasReturn { count += 1 }
        previousWasReturn = false
      } else {
        previousWasReturn = byte == UInt8(ascii: "\r")
        if previousWasReturn { count += 1 }
      }
    }
    return count
  }

  /// The byte range of a line's content, without its line ending.
  public func content(ofLine line: Int) -> Range<Int> {
    lineStarts[line - 1]..<contentEnds[line - 1]
  }
}
