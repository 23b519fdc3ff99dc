extension SVGRenderer {
  /// matplotlib's legend metrics at 10 pt: border pad 0.4 em, label spacing 0.5 em, handle 2 em,
  /// handle-to-text 0.8 em, 0.5 em from the axes.
  private static let legendBorderPad = 5.56
  private static let legendRowHeight = 16.0
  private static let legendRowSpacing = 6.94
  private static let legendHandleLength = 27.78
  private static let legendHandleTextPad = 11.11
  private static let legendAxesPad = 6.94

  func writeLegend(
    _ layout: FigureLayout,
    shapes: [SeriesShape],
    box: (left: Double, right: Double, top: Double, bottom: Double),
    into svg: inout SVGWriter
  ) {
    let entries = layout.legendEntries
    let textWidth = entries.map { TextMetrics.width($0.label ?? "", fontSize: Self.fontSize) }.max() ?? 0
    let width = 2 * Self.legendBorderPad + Self.legendHandleLength + Self.legendHandleTextPad + textWidth
    let count = Double(entries.count)
    let height = 2 * Self.legendBorderPad + count * Self.legendRowHeight + (count - 1) * Self.legendRowSpacing
    let area = LegendPlacement.Rectangle(
      left: box.left,
      top: box.top,
      width: box.right - box.left,
      height: box.bottom - box.top
    )
    let frame = LegendPlacement.best(
      width: width,
      height: height,
      in: area,
      padding: Self.legendAxesPad,
      polylines: shapes.flatMap(\.polylines),
      points: shapes.flatMap(\.markers),
      markerSize: 2 * Self.markerRadius
    )

    svg.line("<g class=\"legend\">")
    svg.line(
      "<rect class=\"legend-frame\" x=\"\(svg.n(frame.left))\" y=\"\(svg.n(frame.top))\" width=\"\(svg.n(frame.width))\""
        + " height=\"\(svg.n(frame.height))\" rx=\"2.78\"/>"
    )
    for (row, entry) in entries.enumerated() {
      let middle =
        frame.top + Self.legendBorderPad + Double(row) * (Self.legendRowHeight + Self.legendRowSpacing)
        + Self.legendRowHeight / 2
      let handleLeft = frame.left + Self.legendBorderPad
      switch entry.kind {
      case .line:
        let dash: String
        switch entry.style {
        case .solid: dash = ""
        case .dashed: dash = " dashed"
        case .dotted: dash = " dotted"
        }
        svg.line(
          "<path class=\"line c\(entry.index)\(dash)\" d=\"M\(svg.n(handleLeft)) \(svg.n(middle))"
            + "h\(svg.n(Self.legendHandleLength))\"/>"
        )
      case .scatter:
        svg.line(
          "<circle class=\"m\(entry.index)\" cx=\"\(svg.n(handleLeft + Self.legendHandleLength / 2))\""
            + " cy=\"\(svg.n(middle))\" r=\"\(svg.n(Self.markerRadius))\"/>"
        )
      }
      let textX = handleLeft + Self.legendHandleLength + Self.legendHandleTextPad
      svg.line(
        "<text x=\"\(svg.n(textX))\" y=\"\(svg.n(middle + 0.36 * Self.fontSize))\">"
          + "\(XMLText.escaped(entry.label ?? ""))</text>"
      )
    }
    svg.line("</g>")
  }
}
