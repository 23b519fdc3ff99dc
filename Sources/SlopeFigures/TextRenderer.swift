/// Renders a figure as plain text: a braille canvas (`unicode`) or one glyph per series (`ascii`).
///
/// The plot area is 60×16 character cells by default, framed with tick marks and labelled from the
/// same ``FigureLayout`` as the SVG, so both show the same limits and ticks. The title is centred
/// above, the y label and any axis offset sit above the frame, the x label below, and the legend under
/// that, one series a line. Padding is spaces, lines have no trailing spaces, and there are no colour
/// codes: identical input gives identical text.
public struct TextRenderer: Sendable {
  /// Which characters draw the plot.
  public enum Mode: Sendable, Equatable {
    /// Braille dots (2×4 a cell, like UnicodePlots) and box-drawing frame.
    case unicode
    /// ASCII only: series glyphs `* # + o x @` in a `+-|` frame (like gnuplot's dumb terminal).
    case ascii
  }

  /// Braille or ASCII.
  public var mode: Mode
  /// Plot area width in character cells.
  public var columns: Int
  /// Plot area height in character cells.
  public var rows: Int

  /// Creates a renderer; the plot area is at least 8×4 cells.
  public init(mode: Mode = .unicode, columns: Int = 60, rows: Int = 16) {
    self.mode = mode
    self.columns = Swift.max(columns, 8)
    self.rows = Swift.max(rows, 4)
  }

  /// The series glyphs of the `ascii` mode, taken in series order.
  public static let asciiGlyphs: [Character] = ["*", "#", "+", "o", "x", "@"]

  /// The text of `figure`, ending in a newline.
  ///
  /// - Throws: ``FigureError`` when the figure has no data, a series is malformed or a colour is unknown.
  public func render(_ figure: Figure) throws(FigureError) -> String {
    render(try FigureLayout(figure))
  }

  /// The text of an already laid out figure.
  public func render(_ layout: FigureLayout) -> String {
    var canvas = TextCanvas(kind: mode == .unicode ? .braille : .glyphs, columns: columns, rows: rows)
    let projection = Projection(
      xAxis: layout.x,
      yAxis: layout.y,
      left: 0,
      right: Double(canvas.dotWidth),
      top: 0,
      bottom: Double(canvas.dotHeight)
    )
    drawZeroLines(layout, on: &canvas)
    for series in layout.series {
      draw(series, projection: projection, on: &canvas)
    }
    return frame(layout, canvas: canvas)
  }

  func glyph(for series: FigureLayout.PlottedSeries) -> Character {
    Self.asciiGlyphs[series.index % Self.asciiGlyphs.count]
  }

  private func draw(_ series: FigureLayout.PlottedSeries, projection: Projection, on canvas: inout TextCanvas) {
    let glyph = glyph(for: series)
    let runs = projection.runs(x: series.x, y: series.y)
    switch series.kind {
    case .line:
      let pattern: [Int]
      switch (series.style, mode) {
      case (.solid, _): pattern = []
      case (.dashed, .unicode): pattern = [4, 2]
      case (.dotted, .unicode): pattern = [1, 1]
      case (.dashed, .ascii): pattern = [2, 1]
      case (.dotted, .ascii): pattern = [1, 1]
      }
      var phase = 0
      for run in runs {
        if run.count == 1 {
          mark(run[0], glyph: glyph, on: &canvas)
          continue
        }
        for index in run.indices.dropFirst() {
          canvas.drawLine(from: run[index - 1], to: run[index], glyph: glyph, pattern: pattern, phase: &phase)
        }
      }
    case .scatter:
      for point in runs.joined() {
        mark(point, glyph: glyph, on: &canvas)
      }
    }
  }

  /// A point marker: a 2×2 dot block in braille, so it stands out from one-dot lines; a glyph in ASCII.
  private func mark(_ point: SurfacePoint, glyph: Character, on canvas: inout TextCanvas) {
    guard point.x >= 0, point.y >= 0, point.x <= Double(canvas.dotWidth), point.y <= Double(canvas.dotHeight)
    else { return }
    let x = canvas.dotIndex(point.x, limit: canvas.dotWidth)
    let y = canvas.dotIndex(point.y, limit: canvas.dotHeight)
    canvas.setDot(x, y, glyph: glyph)
    if mode == .unicode {
      let right = x + 1 < canvas.dotWidth ? x + 1 : x - 1
      let below = y + 1 < canvas.dotHeight ? y + 1 : y - 1
      canvas.setDot(right, y, glyph: glyph)
      canvas.setDot(x, below, glyph: glyph)
      canvas.setDot(right, below, glyph: glyph)
    }
  }

  /// Faint lines at x = 0 and y = 0 when they fall inside the view: every other braille dot, or `.` and `:`.
  private func drawZeroLines(_ layout: FigureLayout, on canvas: inout TextCanvas) {
    if layout.y.scale == .linear, layout.y.lower < 0, layout.y.upper > 0, let fraction = layout.y.fraction(of: 0) {
      let row = canvas.dotIndex((1 - fraction) * Double(canvas.dotHeight), limit: canvas.dotHeight)
      for column in stride(from: 0, to: canvas.dotWidth, by: mode == .unicode ? 2 : 1) {
        canvas.setAxisDot(column, row, glyph: ".")
      }
    }
    if layout.x.scale == .linear, layout.x.lower < 0, layout.x.upper > 0, let fraction = layout.x.fraction(of: 0) {
      let column = canvas.dotIndex(fraction * Double(canvas.dotWidth), limit: canvas.dotWidth)
      for row in stride(from: 0, to: canvas.dotHeight, by: mode == .unicode ? 2 : 1) {
        canvas.setAxisDot(column, row, glyph: ":")
      }
    }
  }
}
