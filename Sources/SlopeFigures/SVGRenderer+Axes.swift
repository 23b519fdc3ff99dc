extension SVGRenderer {
  /// Distance from a label's baseline to the middle of its digits, so y tick labels centre on their tick.
  private static let digitMiddle = 0.36 * fontSize
  /// Distance from the top of a line of text to its baseline.
  private static let ascent = 0.76 * fontSize

  func writeAxes(
    _ layout: FigureLayout,
    box: (left: Double, right: Double, top: Double, bottom: Double),
    into svg: inout SVGWriter
  ) {
    let width = box.right - box.left
    let height = box.bottom - box.top
    svg.line(
      "<rect class=\"frame\" x=\"\(svg.n(box.left))\" y=\"\(svg.n(box.top))\" width=\"\(svg.n(width))\""
        + " height=\"\(svg.n(height))\"/>"
    )
    let xTicks = layout.x.ticks.compactMap { tick in
      layout.x.fraction(of: tick.value).map { (tick, box.left + $0 * width) }
    }
    let yTicks = layout.y.ticks.compactMap { tick in
      layout.y.fraction(of: tick.value).map { (tick, box.bottom - $0 * height) }
    }

    var marks = ""
    for (_, x) in xTicks {
      marks += "M\(svg.n(x)) \(svg.n(box.bottom))v\(svg.n(Self.tickLength))"
    }
    for (_, y) in yTicks {
      marks += "M\(svg.n(box.left)) \(svg.n(y))h-\(svg.n(Self.tickLength))"
    }
    if !marks.isEmpty { svg.line("<path class=\"ticks\" d=\"\(marks)\"/>") }

    let xLabelBaseline = box.bottom + Self.tickLength + Self.tickPadding + Self.ascent
    if !xTicks.isEmpty {
      svg.line("<g class=\"x-ticks\" text-anchor=\"middle\">")
      for (tick, x) in xTicks {
        svg.line("<text x=\"\(svg.n(x))\" y=\"\(svg.n(xLabelBaseline))\">\(XMLText.escaped(tick.label))</text>")
      }
      svg.line("</g>")
    }
    let yLabelRight = box.left - Self.tickLength - Self.tickPadding
    if !yTicks.isEmpty {
      svg.line("<g class=\"y-ticks\" text-anchor=\"end\">")
      for (tick, y) in yTicks {
        svg.line(
          "<text x=\"\(svg.n(yLabelRight))\" y=\"\(svg.n(y + Self.digitMiddle))\">\(XMLText.escaped(tick.label))</text>"
        )
      }
      svg.line("</g>")
    }

    let axisLabelBaseline = xLabelBaseline + Self.fontSize * 0.24 + Self.labelPadding + Self.ascent
    if let text = layout.x.offsetText {
      svg.line(
        "<text class=\"x-offset\" x=\"\(svg.n(box.right))\" y=\"\(svg.n(axisLabelBaseline))\" text-anchor=\"end\">"
          + "\(XMLText.escaped(text))</text>"
      )
    }
    var titleBaseline = box.top - 8.33
    if let text = layout.y.offsetText {
      svg.line(
        "<text class=\"y-offset\" x=\"\(svg.n(box.left))\" y=\"\(svg.n(box.top - Self.labelPadding))\">"
          + "\(XMLText.escaped(text))</text>"
      )
      // A centred title long enough to reach the offset text moves up a line.
      if let title = layout.title {
        let titleLeft = (box.left + box.right - TextMetrics.width(title, fontSize: Self.titleFontSize)) / 2
        if titleLeft < box.left + TextMetrics.width(text, fontSize: Self.fontSize) + 8 {
          titleBaseline -= Self.fontSize + 4
        }
      }
    }
    if let text = layout.xLabel {
      svg.line(
        "<text class=\"x-label\" x=\"\(svg.n((box.left + box.right) / 2))\" y=\"\(svg.n(axisLabelBaseline))\""
          + " text-anchor=\"middle\">\(XMLText.escaped(text))</text>"
      )
    }
    if let text = layout.yLabel {
      let widest = layout.y.ticks.map { TextMetrics.width($0.label, fontSize: Self.fontSize) }.max() ?? 0
      let x = yLabelRight - widest - Self.labelPadding
      let y = (box.top + box.bottom) / 2
      svg.line(
        "<text class=\"y-label\" transform=\"translate(\(svg.n(x)) \(svg.n(y))) rotate(-90)\" text-anchor=\"middle\">"
          + "\(XMLText.escaped(text))</text>"
      )
    }
    if let text = layout.title {
      svg.line(
        "<text class=\"title\" x=\"\(svg.n((box.left + box.right) / 2))\" y=\"\(svg.n(titleBaseline))\""
          + " text-anchor=\"middle\">\(XMLText.escaped(text))</text>"
      )
    }
  }
}
