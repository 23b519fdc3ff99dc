extension SVGRenderer {
  /// The chart title, or a title made from what is plotted.
  static func accessibleTitle(_ layout: FigureLayout) -> String {
    if let title = layout.title, !title.isEmpty { return title }
    let kinds = Set(layout.series.map(\.kind))
    let kind = kinds.count > 1 ? "Line and scatter chart" : (kinds.first == .scatter ? "Scatter chart" : "Line chart")
    let labels = layout.series.compactMap(\.label)
    if !labels.isEmpty { return kind + " of " + labels.joined(separator: ", ") }
    if let yLabel = layout.yLabel, let xLabel = layout.xLabel { return kind + " of \(yLabel) against \(xLabel)" }
    return kind
  }

  /// A sentence per series with its kind, size and ranges, then the axis ranges.
  static func summary(_ layout: FigureLayout) -> String {
    var sentences: [String] = []
    let count = layout.series.count
    sentences.append(count == 1 ? "1 series." : "\(count) series.")
    for series in layout.series {
      let name = series.label.map { "\"\($0)\"" } ?? "Series \(series.index + 1)"
      let kind = series.kind == .line ? "line" : "scatter"
      let finite = zip(series.x, series.y).filter { $0.0.isFinite && $0.1.isFinite }
      let gaps = series.x.count - finite.count
      var sentence = "\(name): \(kind), \(series.x.count) point" + (series.x.count == 1 ? "" : "s")
      if let xs = range(finite.map(\.0)), let ys = range(finite.map(\.1)) {
        sentence += ", x from \(xs.0) to \(xs.1), y from \(ys.0) to \(ys.1)"
      }
      if gaps > 0 { sentence += ", \(gaps) not finite (gaps)" }
      sentences.append(sentence + ".")
    }
    let xName = layout.xLabel.map { "x axis (\($0))" } ?? "x axis"
    let yName = layout.yLabel.map { "y axis (\($0))" } ?? "y axis"
    let xScale = layout.x.scale == .log10 ? ", logarithmic" : ""
    let yScale = layout.y.scale == .log10 ? ", logarithmic" : ""
    sentences.append(
      "\(xName) \(NumberText.readable(layout.x.lower)) to \(NumberText.readable(layout.x.upper))\(xScale); "
        + "\(yName) \(NumberText.readable(layout.y.lower)) to \(NumberText.readable(layout.y.upper))\(yScale)."
    )
    return sentences.joined(separator: " ")
  }

  private static func range(_ values: [Double]) -> (String, String)? {
    guard let low = values.min(), let high = values.max() else { return nil }
    return (NumberText.readable(low), NumberText.readable(high))
  }
}
