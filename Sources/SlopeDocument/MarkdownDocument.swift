/// A CommonMark document read by libcmark into plain Swift values.
///
/// Parsing keeps the original bytes: every change the runner makes is a splice of generated regions
/// (see ``spliced(_:)``), so the author's bytes are never re-printed.
public struct MarkdownDocument: Sendable {
  /// The document's bytes, exactly as read.
  public let bytes: [UInt8]
  /// Where each line starts and ends.
  public let lines: LineTable
  /// The plain text of the first heading, if there is one.
  public let title: String?
  /// Every fenced code block, in document order.
  public let codeBlocks: [CodeBlock]
  /// The blocks whose info string's first word is `swift`, in document order.
  public let calculationBlocks: [CalculationBlock]
  /// Problems that stop the notebook from running, such as unknown block options.
  public let diagnostics: [DocumentDiagnostic]

  /// Parses a document.
  ///
  /// - Throws: ``DocumentError/invalidUTF8(offset:location:)`` when the bytes are not UTF-8.
  public init(bytes: [UInt8]) throws(DocumentError) {
    if let offset = Self.firstInvalidUTF8Offset(in: bytes) {
      // The table of the bytes through the invalid one ends on the invalid byte's line.
      let table = LineTable(Array(bytes[...offset]))
      let line = table.count
      let column = offset - table.lineStarts[line - 1] + 1
      throw .invalidUTF8(offset: offset, location: SourceLocation(line: line, column: column))
    }
    self.init(validUTF8: bytes)
  }

  /// Parses a document from a string.
  public init(_ text: String) {
    self.init(validUTF8: Array(text.utf8))
  }

  private init(validUTF8 bytes: [UInt8]) {
    self.bytes = bytes
    self.lines = LineTable(bytes)
    let tree = CmarkReader.read(bytes, lines: lines)
    self.title = tree.title
    self.codeBlocks = tree.codeBlocks
    var calculationBlocks: [CalculationBlock] = []
    var diagnostics: [DocumentDiagnostic] = []
    var ids: [String: Int] = [:]
    for found in tree.calculationBlocks {
      var options = BlockOptions()
      switch BlockOptions.parse(found.code.optionWords) {
      case .success(let parsed):
        options = parsed
      case .failure(let error):
        diagnostics.append(DocumentDiagnostic(location: found.code.start, message: error.description))
      }
      if let id = options.id {
        if let firstLine = ids[id] {
          diagnostics.append(
            DocumentDiagnostic(
              location: found.code.start,
              message: "duplicate block id '\(id)' (first used on line \(firstLine))"
            )
          )
        } else {
          ids[id] = found.code.start.line
        }
      }
      calculationBlocks.append(
        CalculationBlock(
          code: found.code,
          options: options,
          region: found.region,
          ordinal: calculationBlocks.count
        )
      )
    }
    self.calculationBlocks = calculationBlocks
    self.diagnostics = diagnostics
  }

  /// The document's text.
  public var text: String { String(decoding: bytes, as: UTF8.self) }

  /// The line ending the document uses: that of its first line, `\n` when it has none.
  public var lineEnding: String {
    guard let firstEnd = lines.contentEnds.first, firstEnd < bytes.count else { return "\n" }
    let ending = bytes[firstEnd..<lines.lineEnds[0]]
    return String(decoding: ending, as: UTF8.self)
  }

  private static func firstInvalidUTF8Offset(in bytes: [UInt8]) -> Int? {
    // The standard library's validation is fast; find the offset by hand only when it fails.
    if String(validating: bytes, as: UTF8.self) != nil { return nil }
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let scalar):
        offset += scalar.count
      case .emptyInput:
        return nil
      case .error:
        return offset
      }
    }
  }
}
