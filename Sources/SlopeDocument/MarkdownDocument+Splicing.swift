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
      result.append(contentsOf: regionText(items, after: block).utf8)
      copiedUpTo = range.upperBound
    }
    result.append(contentsOf: bytes[copiedUpTo...])
    return result
  }

  /// The Markdown for a block's generated region, starting with the line ending that ends the block.
  ///
  /// Two cases write more than the items. An unclosed block runs to the end of its container, so a
  /// region written after it would be read back as part of its code: the region then starts with the
  /// closing fence. And a region ending in an image paragraph is followed by a blank line when the
  /// author's next line would otherwise continue that paragraph (where the next run would no longer
  /// find the image, and would write it again).
  public func regionText(_ items: [GeneratedItem], after block: CalculationBlock) -> String {
    let code = block.code
    let ending = lineEnding(ofLine: code.endLine)
    let prefix = code.containerPrefix
    let blankPrefix = String(prefix.reversed().drop(while: { $0 == " " }).reversed())
    var text = ""
    if !code.isClosed && !items.isEmpty {
      text += ending + prefix + code.fence
    }
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
    if previousWasParagraph && nextLineWouldContinueAParagraph(after: block) {
      text += ending + blankPrefix
    }
    return text
  }

  /// Whether the author's line after a block's region would be read as more text of a paragraph
  /// that ends the region, rather than as a blank line or the start of another block.
  ///
  /// The test is deliberately simple and errs towards `true`: a needless blank line only loosens a
  /// tight list, while a missing one breaks the round trip.
  private func nextLineWouldContinueAParagraph(after block: CalculationBlock) -> Bool {
    var start = block.region.range.upperBound
    guard start < bytes.count else { return false }
    if bytes[start] == UInt8(ascii: "\r") && start + 1 < bytes.count && bytes[start + 1] == UInt8(ascii: "\n") {
      start += 1
    }
    start += 1
    let end = bytes[start...].firstIndex { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") } ?? bytes.count
    let line = bytes[start..<end]
    let quoteDepth = block.code.containerPrefix.filter { $0 == ">" }.count
    let markers = line.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: ">") }
    let rest = Array(line.dropFirst(markers.count))
    if rest.isEmpty { return false }
    // One more `>` than the block's own containers opens a block quote, which ends a paragraph.
    if markers.filter({ $0 == UInt8(ascii: ">") }).count > quoteDepth { return false }
    return !Self.interruptsParagraph(rest, inList: block.code.isInListItem)
  }

  /// Whether a line (without its container markers) starts a block that ends a paragraph before it:
  /// an ATX heading, a fence, a list item or a thematic break. `---` and `===` are not among them:
  /// after a paragraph they underline it as a heading.
  private static func interruptsParagraph(_ line: [UInt8], inList: Bool) -> Bool {
    let first = line[0]
    let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
    if first == UInt8(ascii: "#") {
      let hashes = line.prefix { $0 == first }.count
      return hashes <= 6 && (hashes == line.count || isSpace(line[hashes]))
    }
    if first == UInt8(ascii: "`") || first == UInt8(ascii: "~") {
      return line.prefix { $0 == first }.count >= 3
    }
    if first == UInt8(ascii: "*") || first == UInt8(ascii: "_") {
      let marks = line.filter { !isSpace($0) }
      if marks.count >= 3 && marks.allSatisfy({ $0 == first }) { return true }
    }
    if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
      return line.count > 1 && isSpace(line[1]) && line.dropFirst().contains { !isSpace($0) }
    }
    let digits = line.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    if !digits.isEmpty && digits.count <= 9 && digits.count + 1 < line.count {
      let delimiter = line[digits.count]
      // Outside a list only an item numbered 1 may interrupt a paragraph; inside one, the next item
      // of the list ends the item the paragraph is in.
      return (delimiter == UInt8(ascii: ".") || delimiter == UInt8(ascii: ")")) && isSpace(line[digits.count + 1])
        && (inList || digits.elementsEqual("1".utf8))
    }
    return false
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
      let fence = String(repeating: "`", count: max(3, longestBacktickRun(in: text) + 1))
      // Every line ending the block printed is written as the document's, so a lone `\r` cannot
      // leave a line break of another kind in the file.
      return [fence + (item.infoString ?? "")] + GeneratedItem.lines(of: text).map(String.init) + [fence]
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
