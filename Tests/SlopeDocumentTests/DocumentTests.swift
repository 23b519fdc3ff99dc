import SlopeDocument
import Testing

@Suite struct DocumentTests {
  @Test func findsCalculationBlocksWithExactRanges() throws {
    let text = "# Title\n\nProse.\n\n```swift id=first hide\nlet a = 1\nprint(a)\n```\n\n```python\nx\n```\n"
    let document = MarkdownDocument(text)
    #expect(document.title == "Title")
    #expect(document.codeBlocks.count == 2)
    let block = try #require(document.calculationBlocks.first)
    #expect(document.calculationBlocks.count == 1)
    #expect(block.code.info == "swift id=first hide")
    #expect(block.options.id == "first")
    #expect(block.options.hide)
    #expect(block.options.words == ["id=first", "hide"])
    #expect(block.code.body == "let a = 1\nprint(a)\n")
    #expect(block.code.start == SlopeDocument.SourceLocation(line: 5, column: 1))
    #expect(block.code.bodyFirstLine == 6)
    #expect(block.code.endLine == 8)
    #expect(block.code.isClosed)
    let bytes = Array(text.utf8)
    #expect(
      String(decoding: bytes[block.code.range], as: UTF8.self) == "```swift id=first hide\nlet a = 1\nprint(a)\n```"
    )
    #expect(String(decoding: bytes[block.code.bodyRange], as: UTF8.self) == "let a = 1\nprint(a)\n")
  }

  @Test func mapsBodyPositionsInsideContainers() throws {
    let text = "> - ```swift\n>   let x = y\n>   ```\n"
    let block = try #require(MarkdownDocument(text).calculationBlocks.first)
    #expect(block.code.start == SlopeDocument.SourceLocation(line: 1, column: 5))
    #expect(block.code.body == "let x = y\n")
    #expect(block.code.containerPrefix == ">   ")
    #expect(block.code.isInListItem)
    #expect(block.code.documentLocation(bodyLine: 1, column: 9) == SlopeDocument.SourceLocation(line: 2, column: 13))
  }

  @Test func titleIsThePlainTextOfTheFirstHeading() {
    #expect(MarkdownDocument("Intro\n\n## The *slope* of `f`\n\n# Later\n").title == "The slope of f")
    #expect(MarkdownDocument("No heading.\n").title == nil)
  }

  @Test func unclosedBlockIsReportedAsUnclosed() throws {
    let block = try #require(MarkdownDocument("```swift\nprint(1)\n").calculationBlocks.first)
    #expect(!block.code.isClosed)
    #expect(block.code.body == "print(1)\n")
  }

  @Test func emptyAndCommentOnlyBlocks() throws {
    let document = MarkdownDocument("```swift\n```\n\n```swift\n// only a comment\n```\n")
    #expect(document.calculationBlocks.map(\.code.body) == ["", "// only a comment\n"])
    #expect(document.calculationBlocks[0].code.bodyLineCount == 0)
  }

  @Test func invalidUTF8NamesTheByteOffset() {
    let bytes: [UInt8] = Array("# Fine\nstill fine\n".utf8) + [0x61, 0xC3, 0x28] + Array("\n".utf8)
    #expect(throws: DocumentError.invalidUTF8(offset: 19, location: SlopeDocument.SourceLocation(line: 3, column: 2))) {
      try MarkdownDocument(bytes: bytes)
    }
  }

  @Test func unknownOptionsAreErrorsWithTheirLine() {
    let document = MarkdownDocument(
      "Text\n\n```swift silnet\n1\n```\n\n```swift id=a/../b\n```\n\n```swift figure=png\n```\n"
    )
    #expect(
      document.diagnostics.map(\.description) == [
        "3:1: error: unknown block option 'silnet'; did you mean 'silent'?",
        "7:1: error: invalid block id 'a/../b': use only letters, digits, '_' and '-'",
        "10:1: error: unknown figure format 'png'; use 'svg', 'ascii' or 'unicode'",
      ]
    )
  }

  @Test func duplicateIDsAreErrors() {
    let document = MarkdownDocument("```swift id=a\n```\n\n```swift id=a\n```\n")
    #expect(document.diagnostics.map(\.description) == ["4:1: error: duplicate block id 'a' (first used on line 1)"])
  }

  @Test func anOptionGivenTwiceIsAnError() {
    let document = MarkdownDocument(
      "```swift id=a id=b\n```\n\n```swift hide hide\n```\n\n```swift figure=svg figure=ascii\n```\n"
    )
    #expect(
      document.diagnostics.map(\.description) == [
        "1:1: error: the block option 'id' is given more than once",
        "4:1: error: the block option 'hide' is given more than once",
        "7:1: error: the block option 'figure' is given more than once",
      ]
    )
  }

  @Test func nearMissesOfFigureFormatsAndSwappedLettersAreSuggested() {
    let document = MarkdownDocument("```swift figure=sgv\n```\n\n```swift figure=ASCII\n```\n\n```swift hdie\n```\n")
    #expect(
      document.diagnostics.map(\.message) == [
        "unknown figure format 'sgv'; did you mean 'svg'? use 'svg', 'ascii' or 'unicode'",
        "unknown figure format 'ASCII'; did you mean 'ascii'? use 'svg', 'ascii' or 'unicode'",
        "unknown block option 'hdie'; did you mean 'hide'?",
      ]
    )
  }

  @Test func optionsWithoutCloseMatchHaveNoSuggestion() {
    let document = MarkdownDocument("```swift banana\n```\n")
    #expect(document.diagnostics.map(\.message) == ["unknown block option 'banana'"])
  }

  @Test(arguments: ["no-run", "expect-error", "hide", "silent"])
  func flagOptions(word: String) throws {
    let options = try BlockOptions.parse([Substring(word)]).get()
    let flags = [options.noRun, options.expectError, options.hide, options.silent]
    #expect(flags.filter { $0 }.count == 1)
    #expect(options.words == [word])
  }

  @Test func figureFormats() throws {
    for format in BlockOptions.FigureFormat.allCases {
      #expect(try BlockOptions.parse(["figure=\(format.rawValue)"]).get().figureFormat == format)
    }
  }

  @Test func lineTableHandlesEveryLineEnding() {
    let table = LineTable(Array("a\r\nb\rc\nd".utf8))
    #expect(table.lineStarts == [0, 3, 5, 7])
    #expect(table.contentEnds == [1, 4, 6, 8])
    #expect(table.lineEnds == [3, 5, 7, 8])
    #expect(LineTable(Array("x\n".utf8)).count == 1)
    #expect(LineTable([]).count == 1)
  }
}
