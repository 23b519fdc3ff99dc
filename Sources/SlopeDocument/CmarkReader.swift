import CCmark

/// What one pass over libcmark's tree found.
struct CmarkTree {
  struct FoundCalculation {
    var code: CodeBlock
    var region: GeneratedRegion
  }

  var title: String?
  var codeBlocks: [CodeBlock] = []
  var calculationBlocks: [FoundCalculation] = []
}

/// Reads a document with libcmark and copies what Slope needs into Swift values.
///
/// Every cmark object is freed before `read` returns: no `cmark_node` pointer outlives the call.
enum CmarkReader {
  static func read(_ bytes: [UInt8], lines: LineTable) -> CmarkTree {
    guard let parser = cmark_parser_new(CMARK_OPT_SOURCEPOS) else { return CmarkTree() }
    defer { cmark_parser_free(parser) }
    bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { characters in
        cmark_parser_feed(parser, characters.baseAddress, characters.count)
      }
    }
    guard let root = cmark_parser_finish(parser) else { return CmarkTree() }
    defer { cmark_node_free(root) }
    guard let iterator = cmark_iter_new(root) else { return CmarkTree() }
    defer { cmark_iter_free(iterator) }

    let context = Context(bytes: bytes, lines: lines)
    var tree = CmarkTree()
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
      switch cmark_node_get_type(node) {
      case CMARK_NODE_HEADING where tree.title == nil:
        tree.title = plainText(of: node)
      case CMARK_NODE_CODE_BLOCK:
        guard let code = context.codeBlock(node) else { continue }
        tree.codeBlocks.append(code)
        if code.language == "swift" {
          tree.calculationBlocks.append(.init(code: code, region: context.region(after: node, code: code)))
        }
      default:
        continue
      }
    }
    return tree
  }

  /// The text of an inline subtree, with line breaks as spaces.
  static func plainText(of node: OpaquePointer) -> String {
    var text = ""
    var child = cmark_node_first_child(node)
    while let current = child {
      switch cmark_node_get_type(current) {
      case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
        text += literal(of: current)
      case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
        text += " "
      default:
        text += plainText(of: current)
      }
      child = cmark_node_next(current)
    }
    return text
  }

  static func literal(of node: OpaquePointer) -> String {
    cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
  }

  /// The byte-level facts about one document that node conversion needs.
  struct Context {
    let bytes: [UInt8]
    let lines: LineTable

    func codeBlock(_ node: OpaquePointer) -> CodeBlock? {
      let startLine = Int(cmark_node_get_start_line(node))
      let startColumn = Int(cmark_node_get_start_column(node))
      let endLine = Int(cmark_node_get_end_line(node))
      guard startLine >= 1, endLine <= lines.count else { return nil }
      let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
      let lineStart = lines.lineStarts[startLine - 1]
      let body = literal(of: node)
      guard !info.isEmpty || isFenced(at: lineStart + startColumn - 1, line: startLine, body: body) else {
        return nil
      }
      let bodyLineCount = body.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
      let bodyFirstLine = startLine + 1
      let bodyLastLine = startLine + bodyLineCount
      guard bodyLastLine <= lines.count else { return nil }
      let bodyRange: Range<Int>
      if bodyLineCount == 0 {
        let at = startLine < lines.count ? lines.lineStarts[startLine] : bytes.count
        bodyRange = at..<at
      } else {
        bodyRange = lines.lineStarts[bodyFirstLine - 1]..<lines.lineEnds[bodyLastLine - 1]
      }
      let bodyLines = body.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      var offsets: [Int] = []
      offsets.reserveCapacity(bodyLineCount)
      for index in 0..<bodyLineCount {
        let content = lines.content(ofLine: bodyFirstLine + index)
        let readLength = bodyLines[index].count
        offsets.append(max(0, content.count - readLength))
      }
      let prefix = continuationPrefix(lineStart: lineStart, blockStart: lineStart + startColumn - 1)
      let fenceStart = bytes[(lineStart + startColumn - 1)...].firstIndex { $0 != UInt8(ascii: " ") } ?? bytes.count
      let fenceBytes = fenceStart < bytes.count ? bytes[fenceStart...].prefix { $0 == bytes[fenceStart] } : bytes[0..<0]
      // cmark ends an unclosed block inside a container on the line that ends the container, which
      // may be a blank line after the code: only a closing fence on the last line makes the block
      // closed, and an unclosed block ends with its last line of code.
      let isClosed = endLine > bodyLastLine && isClosingFence(line: endLine, fence: fenceBytes)
      let lastLine = isClosed ? endLine : max(bodyLastLine, startLine)
      return CodeBlock(
        info: info,
        body: body,
        start: SourceLocation(line: startLine, column: startColumn),
        endLine: lastLine,
        bodyFirstLine: bodyFirstLine,
        bodyLineCount: bodyLineCount,
        fence: String(decoding: fenceBytes, as: UTF8.self),
        isClosed: isClosed,
        range: (lineStart + startColumn - 1)..<lines.contentEnds[lastLine - 1],
        bodyRange: bodyRange,
        bodyColumnOffsets: offsets,
        containerPrefix: prefix,
        isInListItem: isInListItem(node)
      )
    }

    /// The generated items that directly follow a calculation block, separated only by blank lines.
    func region(after node: OpaquePointer, code: CodeBlock) -> GeneratedRegion {
      let start = lines.contentEnds[code.endLine - 1]
      var end = start
      var previousEndLine = code.endLine
      var items: [GeneratedItem] = []
      var itemLines: [Int] = []
      var sibling = cmark_node_next(node)
      while let current = sibling, let item = generatedItem(current) {
        let firstLine = Int(cmark_node_get_start_line(current))
        let lastLine = Int(cmark_node_get_end_line(current))
        guard onlyBlankLines(after: previousEndLine, before: firstLine), lastLine <= lines.count else { break }
        items.append(item)
        itemLines.append(firstLine)
        end = lines.contentEnds[lastLine - 1]
        previousEndLine = lastLine
        sibling = cmark_node_next(current)
      }
      return GeneratedRegion(range: start..<end, items: items, itemLines: itemLines)
    }

    private func generatedItem(_ node: OpaquePointer) -> GeneratedItem? {
      switch cmark_node_get_type(node) {
      case CMARK_NODE_CODE_BLOCK:
        let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
        let word = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? ""
        let text = literal(of: node)
        switch word {
        case "output": return .output(text)
        case "error": return .error(text)
        case "figure": return .textFigure(text)
        default: return nil
        }
      case CMARK_NODE_PARAGRAPH:
        guard let image = cmark_node_first_child(node), cmark_node_next(image) == nil,
          cmark_node_get_type(image) == CMARK_NODE_IMAGE
        else { return nil }
        let path = cmark_node_get_url(image).map { String(cString: $0) } ?? ""
        guard Self.isFigurePath(path) else { return nil }
        return .image(alt: plainText(of: image), path: path)
      default:
        return nil
      }
    }

    /// Whether a code block without an info string is fenced (cmark 0.30 cannot say): its first line
    /// starts with a fence that is not the first line of its body, as it would be in an indented block.
    private func isFenced(at offset: Int, line: Int, body: String) -> Bool {
      guard offset + 3 <= bytes.count else { return false }
      let first = bytes[offset]
      guard
        (first == UInt8(ascii: "`") || first == UInt8(ascii: "~")) && bytes[offset + 1] == first
          && bytes[offset + 2] == first
      else { return false }
      let firstLine = bytes[offset..<lines.contentEnds[line - 1]]
      let firstBodyLine = body.utf8.prefix { $0 != UInt8(ascii: "\n") }
      return !firstLine.elementsEqual(firstBodyLine)
    }

    /// Whether a line is, after its container markers, a fence that closes a block opened by `fence`.
    private func isClosingFence(line: Int, fence: ArraySlice<UInt8>) -> Bool {
      guard let mark = fence.first else { return false }
      let content = bytes[lines.content(ofLine: line)]
      let rest = content.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: ">") }
      let marks = rest.prefix { $0 == mark }
      return marks.count >= fence.count
        && rest.dropFirst(marks.count).allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    /// Whether a path names a figure file the runner writes: `STEM.figures/NAME.svg`.
    static func isFigurePath(_ path: String) -> Bool {
      let parts = path.split(separator: "/", omittingEmptySubsequences: false)
      return parts.count >= 2 && parts[parts.count - 2].hasSuffix(".figures") && path.hasSuffix(".svg")
    }

    /// Whether every line strictly between two lines holds nothing but container markers and spaces.
    private func onlyBlankLines(after first: Int, before last: Int) -> Bool {
      guard last > first + 1 else { return true }
      for line in (first + 1)..<last {
        for byte in bytes[lines.content(ofLine: line)] {
          guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: ">") else {
            return false
          }
        }
      }
      return true
    }

    /// The opening line's bytes before the fence, with list markers turned into spaces and tabs expanded,
    /// so that lines starting with it continue the same containers.
    private func continuationPrefix(lineStart: Int, blockStart: Int) -> String {
      var prefix = ""
      var column = 0
      for byte in bytes[lineStart..<blockStart] {
        switch byte {
        case UInt8(ascii: ">"):
          prefix.append(">")
          column += 1
        case UInt8(ascii: "\t"):
          let width = 4 - column % 4
          prefix.append(String(repeating: " ", count: width))
          column += width
        default:
          prefix.append(" ")
          column += 1
        }
      }
      return prefix
    }

    private func isInListItem(_ node: OpaquePointer) -> Bool {
      var parent = cmark_node_parent(node)
      while let current = parent {
        if cmark_node_get_type(current) == CMARK_NODE_ITEM { return true }
        parent = cmark_node_parent(current)
      }
      return false
    }
  }
}
