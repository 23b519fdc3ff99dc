extension TextRenderer {
  /// Frame, ticks, labels and legend around a drawn canvas.
  func frame(_ layout: FigureLayout, canvas: TextCanvas) -> String {
    let ascii = mode == .ascii
    let yTicks: [(position: Int, label: String)] = layout.y.ticks.compactMap { tick in
      guard let fraction = layout.y.fraction(of: tick.value) else { return nil }
      let dot = canvas.dotIndex((1 - fraction) * Double(canvas.dotHeight), limit: canvas.dotHeight)
      return (dot / canvas.dotsDown, ascii ? tick.asciiLabel : tick.label)
    }
    let xTicks: [(position: Int, label: String)] = layout.x.ticks.compactMap { tick in
      guard let fraction = layout.x.fraction(of: tick.value) else { return nil }
      let dot = canvas.dotIndex(fraction * Double(canvas.dotWidth), limit: canvas.dotWidth)
      return (dot / canvas.dotsAcross, ascii ? tick.asciiLabel : tick.label)
    }
    let yZero = layout.y.ticks.firstIndex { $0.value == 0 }
    let xZero = layout.x.ticks.firstIndex { $0.value == 0 }
    let shownY = Self.thinned(count: yTicks.count, preferring: yZero) { first, second in
      abs(yTicks[second].position - yTicks[first].position) >= 2
    }
    let margin = (shownY.map { yTicks[$0].label.count }.max() ?? 0) + 1
    let border = margin  // column of the left frame line
    let plotStart = border + 1

    func xExtent(_ index: Int) -> (start: Int, end: Int) {
      let width = xTicks[index].label.count
      let start = Swift.max(0, plotStart + xTicks[index].position - (width - 1) / 2)
      return (start, start + width)
    }
    let shownX = Self.thinned(count: xTicks.count, preferring: xZero) { first, second in
      xExtent(second).start >= xExtent(first).end + 2
    }

    var lines: [String] = []
    if let title = layout.title {
      var line = TextLine()
      line.place(title, at: Swift.max(0, plotStart + (columns - title.count) / 2))
      lines.append(line.text)
    }
    let yOffset = ascii ? layout.y.asciiOffsetText : layout.y.offsetText
    if layout.yLabel != nil || yOffset != nil {
      var line = TextLine()
      let label = layout.yLabel ?? ""
      line.place(label, at: 0)
      if let yOffset {
        line.place(yOffset, at: label.isEmpty ? border : Swift.max(border, label.count + 2))
      }
      lines.append(line.text)
    }

    let horizontal: Character = ascii ? "-" : "─"
    let vertical: Character = ascii ? "|" : "│"
    let tickedVertical: Character = ascii ? "+" : "┤"
    let tickedHorizontal: Character = ascii ? "+" : "┬"
    let corners: [Character] = ascii ? ["+", "+", "+", "+"] : ["┌", "┐", "└", "┘"]
    let pad = String(repeating: " ", count: margin)
    lines.append(pad + String(corners[0]) + String(repeating: horizontal, count: columns) + String(corners[1]))

    let tickRows = Set(yTicks.map(\.position))
    var labelsByRow: [Int: String] = [:]
    for index in shownY { labelsByRow[yTicks[index].position] = yTicks[index].label }
    for row in 0..<rows {
      let label = labelsByRow[row] ?? ""
      let side = tickRows.contains(row) ? tickedVertical : vertical
      let prefix = String(repeating: " ", count: margin - 1 - label.count) + label + " "
      lines.append(Self.trimmed(prefix + String(side) + canvas.row(row) + String(vertical)))
    }

    let tickColumns = Set(xTicks.map(\.position))
    var bottom = pad + String(corners[2])
    for column in 0..<columns {
      bottom.append(tickColumns.contains(column) ? tickedHorizontal : horizontal)
    }
    lines.append(bottom + String(corners[3]))

    if !shownX.isEmpty {
      var line = TextLine()
      for index in shownX { line.place(xTicks[index].label, at: xExtent(index).start) }
      lines.append(line.text)
    }

    let xOffset = ascii ? layout.x.asciiOffsetText : layout.x.offsetText
    let rightEdge = plotStart + columns + 1
    var labelLine = TextLine()
    var pendingOffset = xOffset
    if let xLabel = layout.xLabel {
      let start = Swift.max(0, plotStart + (columns - xLabel.count) / 2)
      labelLine.place(xLabel, at: start)
      if let offset = pendingOffset, rightEdge - offset.count >= start + xLabel.count + 2 {
        labelLine.place(offset, at: rightEdge - offset.count)
        pendingOffset = nil
      }
      lines.append(labelLine.text)
    }
    if let offset = pendingOffset {
      var line = TextLine()
      line.place(offset, at: Swift.max(0, rightEdge - offset.count))
      lines.append(line.text)
    }

    for entry in layout.legendEntries {
      var line = TextLine()
      line.place(legendSample(entry) + " " + (entry.label ?? ""), at: plotStart)
      lines.append(line.text)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// How a series looks in the legend: its glyph in ASCII; a line or dot sample in braille mode.
  private func legendSample(_ series: FigureLayout.PlottedSeries) -> String {
    if mode == .ascii {
      let g = String(glyph(for: series))
      switch (series.kind, series.style) {
      case (.scatter, _): return " \(g) "
      case (.line, .solid): return g + g + g
      case (.line, _): return g + " " + g
      }
    }
    switch (series.kind, series.style) {
    case (.scatter, _): return " ⠶ "
    case (.line, .solid): return "───"
    case (.line, .dashed): return "╌╌╌"
    case (.line, .dotted): return "┈┈┈"
    }
  }

  /// The indices of the labels to show: every k-th for the smallest k where no two shown labels clash,
  /// keeping the zero label (or the first) so the pattern stays anchored.
  static func thinned(count: Int, preferring anchor: Int?, fits: (Int, Int) -> Bool) -> [Int] {
    guard count > 1 else { return Array(0..<count) }
    for step in 1...count {
      let start = (anchor ?? 0) % step
      let chosen = Array(stride(from: start, to: count, by: step))
      if zip(chosen, chosen.dropFirst()).allSatisfy({ fits($0, $1) }) { return chosen }
    }
    return [anchor ?? 0]
  }

  static func trimmed(_ line: String) -> String {
    var text = line
    while text.last == " " { text.removeLast() }
    return text
  }
}

/// One output line built by placing text at columns over a background of spaces.
struct TextLine {
  private var characters: [Character] = []

  mutating func place(_ text: String, at column: Int) {
    let needed = column + text.count
    if characters.count < needed {
      characters.append(contentsOf: repeatElement(" ", count: needed - characters.count))
    }
    for (offset, character) in text.enumerated() {
      characters[column + offset] = character
    }
  }

  var text: String {
    var result = String(characters)
    while result.last == " " { result.removeLast() }
    return result
  }
}
