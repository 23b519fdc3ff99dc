import SlopeDocument
import Testing

/// Splicing generated regions: every other byte stays, and splicing the same items again changes nothing.
@Suite struct SpliceTests {
  /// Splices `items` after the blocks of `original`, expects `expected`, then checks that the result
  /// records the same items, that splicing again is a no-op, and that removing the items restores
  /// `withoutRegions` (the original when it had none).
  private func expectSplice(
    _ original: String,
    _ items: [Int: [GeneratedItem]],
    _ expected: String,
    withoutRegions: String? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let spliced = String(decoding: MarkdownDocument(original).spliced(items), as: UTF8.self)
    #expect(spliced == expected, sourceLocation: sourceLocation)
    let reread = MarkdownDocument(spliced)
    for (ordinal, blockItems) in items {
      let recorded = reread.calculationBlocks[ordinal].region.items
      #expect(recorded == blockItems.map(normalized), sourceLocation: sourceLocation)
    }
    #expect(String(decoding: reread.spliced(items), as: UTF8.self) == spliced, sourceLocation: sourceLocation)
    let emptied = items.mapValues { _ in [GeneratedItem]() }
    let removed = String(decoding: reread.spliced(emptied), as: UTF8.self)
    #expect(removed == (withoutRegions ?? original), sourceLocation: sourceLocation)
  }

  private func normalized(_ item: GeneratedItem) -> GeneratedItem {
    switch item {
    case .output(let text): return .output(text.hasSuffix("\n") ? text : text + "\n")
    case .error(let text): return .error(text.hasSuffix("\n") ? text : text + "\n")
    case .textFigure(let text): return .textFigure(text.hasSuffix("\n") ? text : text + "\n")
    case .image: return item
    }
  }

  @Test func blockFirstAndLastInTheFile() {
    expectSplice("```swift\nprint(1)\n```\n", [0: [.output("1\n")]], "```swift\nprint(1)\n```\n\n```output\n1\n```\n")
  }

  @Test func noFinalNewline() {
    expectSplice(
      "Text\n\n```swift\nprint(1)\n```",
      [0: [.output("1")]],
      "Text\n\n```swift\nprint(1)\n```\n\n```output\n1\n```"
    )
  }

  @Test func crlfStaysCRLF() {
    expectSplice(
      "# T\r\n\r\n```swift\r\nprint(1)\r\n```\r\n\r\nAfter.\r\n",
      [0: [.output("1\n2\n")]],
      "# T\r\n\r\n```swift\r\nprint(1)\r\n```\r\n\r\n```output\r\n1\r\n2\r\n```\r\n\r\nAfter.\r\n"
    )
  }

  @Test func tabsInOutputAndSourceAreKept() {
    expectSplice(
      "```swift\n\tprint(\"\\t\")\n```\n",
      [0: [.output("\tx\n")]],
      "```swift\n\tprint(\"\\t\")\n```\n\n```output\n\tx\n```\n"
    )
  }

  @Test func tildeAndLongerFences() {
    expectSplice(
      "~~~swift\nprint(1)\n~~~\n\n`````swift\nprint(2)\n`````\n",
      [0: [.output("1\n")], 1: [.output("2\n")]],
      "~~~swift\nprint(1)\n~~~\n\n```output\n1\n```\n\n`````swift\nprint(2)\n`````\n\n```output\n2\n```\n"
    )
  }

  @Test func outputWithBackticksGetsALongerFence() {
    expectSplice(
      "```swift\nprint(s)\n```\n",
      [0: [.output("```\n`````\n")]],
      "```swift\nprint(s)\n```\n\n``````output\n```\n`````\n``````\n"
    )
  }

  @Test func blockInABlockQuote() {
    expectSplice(
      "> Quote.\n>\n> ```swift\n> print(1)\n> ```\n",
      [0: [.output("1\n\n2\n")]],
      "> Quote.\n>\n> ```swift\n> print(1)\n> ```\n>\n> ```output\n> 1\n>\n> 2\n> ```\n"
    )
  }

  @Test func blockInANestedList() {
    expectSplice(
      "- one\n  1. two\n     ```swift\n     print(1)\n     ```\n- three\n",
      [0: [.output("1\n"), .error("error: x\n")]],
      "- one\n  1. two\n     ```swift\n     print(1)\n     ```\n     ```output\n     1\n     ```\n     ```error\n     error: x\n     ```\n- three\n"
    )
  }

  @Test func listMarkerOnTheFenceLine() {
    expectSplice(
      "- ```swift\n  print(1)\n  ```\n",
      [0: [.output("1\n")]],
      "- ```swift\n  print(1)\n  ```\n  ```output\n  1\n  ```\n"
    )
  }

  @Test func quoteInsideAListItem() {
    expectSplice(
      "1. Item\n\n   > ```swift\n   > print(1)\n   > ```\n",
      [0: [.output("1\n")]],
      "1. Item\n\n   > ```swift\n   > print(1)\n   > ```\n   > ```output\n   > 1\n   > ```\n"
    )
  }

  @Test func existingRegionIsReplaced() {
    let before = "```swift\nprint(2)\n```\n\n```output\n1\n```\n\n![Figure 1](notes.figures/a.svg)\n\nAfter.\n"
    let after = String(decoding: MarkdownDocument(before).spliced([0: [.output("2\n")]]), as: UTF8.self)
    #expect(after == "```swift\nprint(2)\n```\n\n```output\n2\n```\n\nAfter.\n")
  }

  @Test func regionIsRemovedWhenABlockStopsPrinting() {
    let before = "```swift\nlet x = 1\n```\n\n\n```output\nold\n```\n```error\nold\n```\nAfter.\n"
    let after = String(decoding: MarkdownDocument(before).spliced([0: []]), as: UTF8.self)
    #expect(after == "```swift\nlet x = 1\n```\nAfter.\n")
  }

  @Test func figuresAndTextFiguresRoundTrip() {
    expectSplice(
      "```swift id=curve\nplot()\n```\n",
      [0: [.image(alt: "Figure 1", path: "my notes.figures/curve.svg"), .textFigure("+--+\n|  |\n")]],
      "```swift id=curve\nplot()\n```\n\n![Figure 1](<my notes.figures/curve.svg>)\n\n```figure\n+--+\n|  |\n```\n"
    )
  }

  @Test func anOutputBlockNotDirectlyAfterACalculationIsTheAuthors() {
    let text = "```swift\nprint(1)\n```\n\nProse.\n\n```output\nmine\n```\n"
    let document = MarkdownDocument(text)
    #expect(document.calculationBlocks[0].region.items.isEmpty)
    let spliced = String(decoding: document.spliced([0: [.output("1\n")]]), as: UTF8.self)
    #expect(spliced == "```swift\nprint(1)\n```\n\n```output\n1\n```\n\nProse.\n\n```output\nmine\n```\n")
  }

  @Test func aLinkDefinitionBetweenBlocksIsNeverSwallowed() {
    let text = "```swift\nprint(1)\n```\n\n[ref]: https://example.com\n\n```output\n1\n```\n"
    let document = MarkdownDocument(text)
    #expect(document.calculationBlocks[0].region.items.isEmpty)
  }

  @Test func untouchedBlocksKeepTheirRegions() {
    let text = "```swift\na\n```\n\n```output\nkeep\n```\n\n```swift\nb\n```\n"
    let spliced = String(decoding: MarkdownDocument(text).spliced([1: [.output("b\n")]]), as: UTF8.self)
    #expect(spliced == text + "\n```output\nb\n```\n")
  }

  @Test func splicingTwiceEqualsSplicingOnce() {
    let text = "# T\n\n```swift\n1\n```\n\nMiddle\n\n```swift\n2\n```"
    let items: [Int: [GeneratedItem]] = [0: [.output("a\n")], 1: [.output("b\n"), .error("e\n")]]
    let once = MarkdownDocument(text).spliced(items)
    let twice = MarkdownDocument(String(decoding: once, as: UTF8.self)).spliced(items)
    #expect(once == twice)
  }

  @Test func anUnclosedBlockIsClosedBeforeItsRegion() {
    // Without the closing fence, the output would be read back as more of the block's code.
    expectSplice(
      "Text\n\n```swift\nprint(1)",
      [0: [.output("1\n")]],
      "Text\n\n```swift\nprint(1)\n```\n\n```output\n1\n```",
      withoutRegions: "Text\n\n```swift\nprint(1)\n```"
    )
    expectSplice(
      "> ~~~~swift\n> print(1)\n\nAfter.\n",
      [0: [.output("1\n")]],
      "> ~~~~swift\n> print(1)\n> ~~~~\n>\n> ```output\n> 1\n> ```\n\nAfter.\n",
      withoutRegions: "> ~~~~swift\n> print(1)\n> ~~~~\n\nAfter.\n"
    )
  }

  @Test func anUnclosedBlockWithNothingToRecordIsLeftAlone() {
    let text = "```swift\nlet x = 1\n"
    #expect(String(decoding: MarkdownDocument(text).spliced([0: []]), as: UTF8.self) == text)
  }

  @Test func aFigureIsKeptApartFromTheParagraphAfterIt() {
    // A paragraph right after the image would otherwise take it in, and the next run would write the
    // figure again.
    let image = GeneratedItem.image(alt: "Figure 1", path: "n.figures/block-1.svg")
    expectSplice(
      "```swift\nplot()\n```\nText.\n",
      [0: [image]],
      "```swift\nplot()\n```\n\n![Figure 1](n.figures/block-1.svg)\n\nText.\n",
      withoutRegions: "```swift\nplot()\n```\n\nText.\n"
    )
    expectSplice(
      "> ```swift\n> plot()\n> ```\n> Text.\n",
      [0: [image]],
      "> ```swift\n> plot()\n> ```\n>\n> ![Figure 1](n.figures/block-1.svg)\n>\n> Text.\n",
      withoutRegions: "> ```swift\n> plot()\n> ```\n>\n> Text.\n"
    )
    // `---` under a paragraph would make it a heading.
    expectSplice(
      "```swift\nplot()\n```\n---\n",
      [0: [image]],
      "```swift\nplot()\n```\n\n![Figure 1](n.figures/block-1.svg)\n\n---\n",
      withoutRegions: "```swift\nplot()\n```\n\n---\n"
    )
  }

  @Test func aFigureBeforeABlockThatEndsAParagraphNeedsNoBlankLine() {
    let image = GeneratedItem.image(alt: "Figure 1", path: "n.figures/block-1.svg")
    // The next item of a tight list stays tight.
    expectSplice(
      "- ```swift\n  plot()\n  ```\n- next\n",
      [0: [image]],
      "- ```swift\n  plot()\n  ```\n  ![Figure 1](n.figures/block-1.svg)\n- next\n"
    )
    expectSplice(
      "```swift\nplot()\n```\n# Heading\n",
      [0: [image]],
      "```swift\nplot()\n```\n\n![Figure 1](n.figures/block-1.svg)\n# Heading\n"
    )
  }

  @Test func everyPrintedLineEndingBecomesTheDocuments() {
    // A lone `\r` is a line ending to CommonMark: written as is, it would leave a line break of another
    // kind in the file.
    let spliced = MarkdownDocument("```swift\nprint(1)\n```\n").spliced([0: [.output("a\rb\r\nc\n")]])
    #expect(String(decoding: spliced, as: UTF8.self) == "```swift\nprint(1)\n```\n\n```output\na\nb\nc\n```\n")
    let recorded = MarkdownDocument("```swift\n```\n\n```output\na\nb\nc\n```\n").calculationBlocks[0].region.items
    #expect(recorded == [GeneratedItem.output("a\rb\r\nc").recorded])
  }
}
