extension MarkdownDocument {
  /// The document with the generated regions of some calculation blocks replaced.
  ///
  /// Every byte outside the replaced regions is kept as it was. A block given no items loses its
  /// region; blocks not mentioned keep theirs.
  ///
  /// - Parameter replacements: For each calculation block ordinal, the items to write after it.
  /// - Returns: The new document's bytes.
  public func spliced(_ replacements: [Int: [GeneratedItem]]) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + replacements.count * 64)
    var copiedUpTo = 0
    for block in calculationBlocks {
      guard let items = replacements[block.ordinal] else { continue }
      let range = block.region.range
      result.append(contentsOf: bytes[copiedUpTo..<range.lowerBound])
      result.append(contentsOf: regionText(items, after: block.code).utf8)
      copiedUpTo = range.upperBound
    }
    result.append(contentsOf: bytes[copiedUpTo...])
    return result
  }

  /// The Markdown for a block's generated region, starting with the line ending that ends the block.
  public func regionText(_ items: [GeneratedItem], after code: CodeBlock) -> String {
    let ending = lineEnding(ofLine: code.endLine)
    let prefix = code.containerPrefix
    let blankPrefix = String(prefix.reversed().drop(while: { $0 == " " }).reversed())
    var text = ""
    var previousWasParagraph = false
    for item in items {
      text += ending
      let isParagraph = item.infoString == nil
      // Inside a list item a blank line between blocks would make the whole list loose; only two
      // paragraphs in a row need one to stay apart.
      if !code.isInListItem || (isParagraph && previousWasParagraph) {
        text += blankPrefix + ending
      }
      text += Self.markdown(for: item).map { line in
        line.isEmpty ? blankPrefix : prefix + line
      }.joined(separator: ending)
      previousWasParagraph = isParagraph
    }
    return text
  }

  /// The line ending after a line, or the document's usual one when the line is the last and has none.
  private func lineEnding(ofLine line: Int) -> String {
    let index = line - 1
    if index < lines.count, lines.contentEnds[index] < lines.lineEnds[index] {
      return String(decoding: bytes[lines.contentEnds[index]..<lines.lineEnds[index]], as: UTF8.self)
    }
    return lineEnding
  }

  /// The lines of one generated item, without container prefixes or line endings.
  public static func markdown(for item: GeneratedItem) -> [String] {
    switch item {
    case .output(let text), .error(let text), .textFigure(let text):
      var body = text
      if !body.hasSuffix("\n") { body += "\n" }
      let fence = String(repeating: "`", count: max(3, longestBacktickRun(in: body) + 1))
      var lines = [fence + (item.infoString ?? "")]
      lines += body.dropLast().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      lines.append(fence)
      return lines
    case .image(let alt, let path):
      let needsBrackets = path.contains { $0 == " " || $0 == "(" || $0 == ")" || $0 == "<" || $0 == ">" }
      let destination = needsBrackets ? "<\(path)>" : path
      return ["![\(alt)](\(destination))"]
    }
  }

  private static func longestBacktickRun(in text: String) -> Int {
    var longest = 0
    var current = 0
    for byte in text.utf8 {
      if byte == UInt8(ascii: "`") {
        current += 1
        longest = max(longest, current)
      } else {
        current = 0
      }
    }
    return longest
  }
}
