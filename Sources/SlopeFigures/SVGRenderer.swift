/// Renders a figure as a standalone SVG document in matplotlib's default look.
///
/// The SVG is 640×480 with `viewBox="0 0 640 480"` and scales down to its container. It is accessible
/// (`role="img"`, a `<title>` and a `<desc>` summarising the series and ranges), all its ids and CSS
/// selectors are prefixed by ``id`` so many figures can be inlined in one page, it has a dark-mode
/// style, and identical input gives identical bytes.
public struct SVGRenderer: Sendable {
  /// The figure's id, also the prefix of every inner id and the scope of every CSS rule (for example the
  /// block id or `figure-3`). Characters other than ASCII letters, digits, `-` and `_` become `-`.
  public var id: String

  /// Creates a renderer for figures with the given id.
  public init(id: String = "figure") {
    self.id = id
  }

  static let width = 640.0
  static let height = 480.0
  /// 10 pt at 100 dpi, matplotlib's default font size, in pixels.
  static let fontSize = 13.89
  static let titleFontSize = 16.67
  /// 3.5 pt ticks and 3.5 pt padding between tick and label.
  static let tickLength = 4.86
  static let tickPadding = 4.86
  static let labelPadding = 5.56

  /// The SVG text of `figure`.
  ///
  /// - Throws: ``FigureError`` when the figure has no data, a series is malformed or a colour is unknown.
  public func render(_ figure: Figure) throws(FigureError) -> String {
    let layout = try FigureLayout(figure)
    return render(layout)
  }

  /// The SVG text of an already laid out figure.
  public func render(_ layout: FigureLayout) -> String {
    let prefix = XMLText.identifier(id)
    let box = Self.plotBox(for: layout)
    let projection = Projection(
      xAxis: layout.x,
      yAxis: layout.y,
      left: box.left,
      right: box.right,
      top: box.top,
      bottom: box.bottom
    )
    let shapes = layout.series.map { series in SeriesShape(series, projection: projection) }

    var svg = SVGWriter()
    svg.line(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"\(prefix)\" class=\"slope-figure\" width=\"640\" height=\"480\""
        + " viewBox=\"0 0 640 480\" role=\"img\" aria-labelledby=\"\(prefix)-title \(prefix)-desc\">"
    )
    svg.line("<title id=\"\(prefix)-title\">\(XMLText.escaped(Self.accessibleTitle(layout)))</title>")
    svg.line("<desc id=\"\(prefix)-desc\">\(XMLText.escaped(Self.summary(layout)))</desc>")
    svg.line("<style>\(Self.style(prefix: prefix, series: layout.series))</style>")
    svg.line("<rect class=\"bg\" width=\"640\" height=\"480\"/>")
    svg.line(
      "<defs><clipPath id=\"\(prefix)-clip\"><rect x=\"\(svg.n(box.left))\" y=\"\(svg.n(box.top))\""
        + " width=\"\(svg.n(box.right - box.left))\" height=\"\(svg.n(box.bottom - box.top))\"/></clipPath></defs>"
    )
    svg.line("<g class=\"data\" clip-path=\"url(#\(prefix)-clip)\">")
    for shape in shapes {
      writeSeries(shape, into: &svg)
    }
    svg.line("</g>")
    writeAxes(layout, box: box, into: &svg)
    if !layout.legendEntries.isEmpty {
      writeLegend(layout, shapes: shapes, box: box, into: &svg)
    }
    svg.line("</svg>")
    return svg.text
  }

  /// The plot rectangle: matplotlib's subplot box, widened on the left when tick labels and the y label
  /// need more room than matplotlib's fixed 80 px leaves.
  static func plotBox(for layout: FigureLayout) -> (left: Double, right: Double, top: Double, bottom: Double) {
    let widest = layout.y.ticks.map { TextMetrics.width($0.label, fontSize: fontSize) }.max() ?? 0
    var needed = tickLength + tickPadding + widest + 6
    if layout.yLabel != nil { needed += labelPadding + fontSize * 1.1 }
    let left = Swift.max(80, (needed + 2).rounded(.up))
    return (left, 576, 57.6, 427.2)
  }
}

/// Accumulates SVG text line by line.
struct SVGWriter {
  private(set) var text = ""

  mutating func line(_ content: String) {
    text += content
    text += "\n"
  }

  func n(_ value: Double) -> String {
    NumberText.coordinate(value)
  }
}
