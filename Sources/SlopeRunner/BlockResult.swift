import SlopeDocument
import SlopeLanguage

/// What running one calculation block produced, ready to be written back or compared.
public struct BlockResult: Sendable {
  /// The block that ran.
  public var block: CalculationBlock
  /// What the interpreter reported; `nil` for a `no-run` block.
  public var outcome: BlockOutcome?
  /// The generated region to write after the block, or `nil` to leave the recorded region alone.
  public var items: [GeneratedItem]?
  /// The figures, rendered, in the order they appear in `items`.
  public var figures: [RenderedFigure]
  /// Why this block fails the notebook, if it does.
  public var failure: BlockFailure?
  /// The first figure of the block that could not be drawn or named, if any: a failure of the block
  /// that comes after its code ran.
  public var drawingError: BlockError? = nil
  /// The line of the block's opening fence in the notebook as written back, after the regions
  /// rewritten above it have grown or shrunk.
  public var writtenLine: Int

  /// Where the block's error is, in the notebook as read.
  public var errorLocation: SourceLocation? {
    outcome?.error.map(location(of:))
  }

  /// Where an error of this block is, in the notebook as read.
  public func location(of error: BlockError) -> SourceLocation {
    block.code.documentLocation(bodyLine: error.line, column: error.column)
  }
}

/// Why a block fails its notebook.
public enum BlockFailure: Equatable, Sendable {
  /// The block ended in an error and is not marked `expect-error`.
  case unexpectedError(BlockError)
  /// The block is marked `expect-error` but ran without one.
  case missingExpectedError
}

/// A figure drawn by a block, in the format it is written in.
public struct RenderedFigure: Equatable, Sendable {
  /// The figure's format.
  public var format: BlockOptions.FigureFormat
  /// The file name inside `STEM.figures/`, for SVG figures.
  public var fileName: String
  /// The SVG document or the text drawing.
  public var content: String
}
