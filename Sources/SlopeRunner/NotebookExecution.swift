import SlopeDocument
import SlopeLanguage

/// Settings that shape how a notebook runs and what it writes.
public struct ExecutionSettings: Sendable {
  /// The figure format of blocks without a `figure=` option.
  public var figureFormat: BlockOptions.FigureFormat = .svg
  /// The interpreter's limits.
  public var limits = Session.Limits()
  /// Draw SVG figures as ASCII instead, for output that cannot refer to figure files.
  public var textFiguresOnly = false
  /// Draw the figures of a block without a `figure=` option in the format its notebook records, for
  /// `slope check`: a notebook run with `--figures ascii`, or written to standard output, checks
  /// against text figures. A block that records no figure uses ``figureFormat``.
  public var figureFormatAsRecorded = false

  public init(figureFormat: BlockOptions.FigureFormat = .svg, limits: Session.Limits = Session.Limits()) {
    self.figureFormat = figureFormat
    self.limits = limits
  }
}

/// A notebook after running: its document and one result per calculation block.
public struct NotebookExecution: Sendable {
  /// The notebook as read.
  public var document: MarkdownDocument
  /// The notebook's file name without `.md`, which names its figure folder.
  public var stem: String
  /// One result per calculation block, in document order.
  public var blocks: [BlockResult]

  /// Runs every calculation block of a document, in order, in one session.
  public init(document: MarkdownDocument, stem: String, settings: ExecutionSettings) {
    self.document = document
    self.stem = stem
    let session = Session(limits: settings.limits)
    var figureCounter = FigureNamer()
    // Errors quote the notebook as it will be written: every region rewritten above a block moves
    // it by the difference in the regions' line counts.
    var lineShift = 0
    blocks = document.calculationBlocks.map { block in
      var result = Self.run(
        block,
        in: session,
        firstLine: block.code.bodyFirstLine + lineShift,
        stem: stem,
        settings: settings,
        namer: &figureCounter
      )
      result.writtenLine = block.code.start.line + lineShift
      if let items = result.items {
        let written = document.regionText(items, after: block).utf8
        lineShift += LineTable.lineBreaks(in: written) - LineTable.lineBreaks(in: document.bytes[block.region.range])
      }
      return result
    }
  }

  /// Whether any block fails the notebook.
  public var hasFailures: Bool { blocks.contains { $0.failure != nil } }

  /// The notebook with every generated region brought up to date.
  public var markdown: [UInt8] {
    var replacements: [Int: [GeneratedItem]] = [:]
    for result in blocks {
      if let items = result.items { replacements[result.block.ordinal] = items }
    }
    return document.spliced(replacements)
  }

  private static func run(
    _ block: CalculationBlock,
    in session: Session,
    firstLine: Int,
    stem: String,
    settings: ExecutionSettings,
    namer: inout FigureNamer
  ) -> BlockResult {
    let options = block.options
    if options.noRun {
      return BlockResult(block: block, outcome: nil, items: nil, figures: [], failure: nil, writtenLine: 0)
    }
    let outcome = session.run(block.code.body, firstLine: firstLine)
    var failure: BlockFailure?
    if let error = outcome.error, !options.expectError {
      failure = .unexpectedError(error)
    } else if outcome.error == nil && options.expectError {
      failure = .missingExpectedError
    }
    if options.silent {
      return BlockResult(block: block, outcome: outcome, items: [], figures: [], failure: failure, writtenLine: 0)
    }
    var items: [GeneratedItem] = []
    if !outcome.output.isEmpty { items.append(.output(outcome.output)) }
    if let error = outcome.error { items.append(.error(error.rendered)) }
    var format = options.figureFormat ?? settings.figureFormat
    if settings.figureFormatAsRecorded && options.figureFormat == nil, let recorded = recordedFigureFormat(block) {
      format = recorded
    }
    if settings.textFiguresOnly && format == .svg { format = .ascii }
    var figures: [RenderedFigure] = []
    var drawingError: BlockError?
    /// A figure that cannot be written is the block's error, reported at its last line.
    func fail(_ message: String) {
      let blockError = BlockError(
        message: message,
        line: max(block.code.bodyLineCount, 1),
        column: 1,
        rendered: "error: \(message)\n"
      )
      items.append(.error(blockError.rendered))
      if !options.expectError { failure = .unexpectedError(blockError) }
      drawingError = drawingError ?? blockError
    }
    for (index, figure) in outcome.figures.enumerated() {
      let name = namer.name(for: block, figureIndex: index, count: outcome.figures.count)
      let rendered: RenderedFigure
      switch FigureRendering.render(figure, format: format, name: name) {
      case .success(let figure) where namer.claim(name):
        rendered = figure
      case .success:
        // Two figures of one name would overwrite each other's file, and one of them would never
        // check; `id=block-3`, or `id=a-2` beside a block `a` drawing two figures, can cause it.
        fail(
          "cannot name figure \(index + 1) '\(name)': another figure of this notebook has that name; "
            + "give the block an id of its own"
        )
        continue
      case .failure(let error):
        fail("cannot draw figure \(index + 1): \(error)")
        continue
      }
      figures.append(rendered)
      switch format {
      case .svg:
        items.append(
          .image(alt: "Figure \(namer.figureNumber)", path: FigureFiles.link(stem: stem, fileName: rendered.fileName))
        )
      case .ascii, .unicode:
        items.append(.textFigure(rendered.content))
      }
    }
    return BlockResult(
      block: block,
      outcome: outcome,
      items: items,
      figures: figures,
      failure: failure,
      drawingError: drawingError,
      writtenLine: 0
    )
  }
}

/// The format of the first figure a block's region records, if it records one.
private func recordedFigureFormat(_ block: CalculationBlock) -> BlockOptions.FigureFormat? {
  for item in block.region.items {
    switch item {
    case .image: return .svg
    // Only the Unicode renderer draws its frame with box-drawing corners.
    case .textFigure(let text): return text.contains("┌") ? .unicode : .ascii
    case .output, .error: continue
    }
  }
  return nil
}

/// Names figures: after the block's `id` when it has one, else after the block's ordinal.
struct FigureNamer {
  /// The 1-based number of the last figure named, counted over the whole notebook.
  private(set) var figureNumber = 0
  /// The names of the figures drawn so far.
  private var claimed: Set<String> = []

  /// Records that a figure of this name was drawn; `false` when another figure already has it.
  mutating func claim(_ name: String) -> Bool {
    claimed.insert(name).inserted
  }

  mutating func name(for block: CalculationBlock, figureIndex: Int, count: Int) -> String {
    figureNumber += 1
    let base = block.options.id ?? "block-\(block.ordinal + 1)"
    return count == 1 ? base : "\(base)-\(figureIndex + 1)"
  }
}
