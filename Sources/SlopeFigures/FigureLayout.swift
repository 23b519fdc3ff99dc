/// A figure checked and resolved for drawing: colours picked, axes laid out.
///
/// Both the SVG and the text renderers start from this value, so they cannot disagree about limits,
/// ticks, colours or legend order.
public struct FigureLayout: Sendable {
  /// A series with its colour resolved.
  public struct PlottedSeries: Sendable, Equatable {
    /// The position of the series in ``Figure/series``; it also picks the text renderer's glyph.
    public var index: Int
    /// Line or scatter.
    public var kind: Series.Kind
    /// Solid, dashed or dotted (lines only).
    public var style: Series.Style
    /// The given colour, or the series' place in the tab10 cycle.
    public var color: FigureColor
    /// The legend text; unlabelled series have no legend entry.
    public var label: String?
    /// The x values as given; non-finite values are gaps.
    public var x: [Double]
    /// The y values as given; non-finite values are gaps.
    public var y: [Double]
  }

  /// Every series of the figure, in drawing order.
  public var series: [PlottedSeries]
  /// The horizontal axis.
  public var x: AxisLayout
  /// The vertical axis.
  public var y: AxisLayout
  /// The figure's title.
  public var title: String?
  /// The x axis label.
  public var xLabel: String?
  /// The y axis label.
  public var yLabel: String?

  /// The labelled series in drawing order; a legend is drawn only when this is not empty.
  public var legendEntries: [PlottedSeries] { series.filter { $0.label != nil } }

  /// Checks `figure` and lays out its axes.
  ///
  /// - Throws: ``FigureError`` for a figure without series, a series without points or with x and y of
  ///   different lengths, an unknown colour, no drawable value, or invalid fixed limits.
  public init(_ figure: Figure, maximumBins: Int = 9) throws(FigureError) {
    guard !figure.series.isEmpty else { throw .noSeries }
    var plotted: [PlottedSeries] = []
    var cycle = 0
    for (index, series) in figure.series.enumerated() {
      guard series.x.count == series.y.count else {
        throw .mismatchedLengths(index: index, label: series.label, xCount: series.x.count, yCount: series.y.count)
      }
      guard !series.x.isEmpty else { throw .emptySeries(index: index, label: series.label) }
      let color: FigureColor
      if let name = series.color {
        color = try FigureColor(parsing: name)
      } else {
        // As in matplotlib, only series without an explicit colour advance the cycle.
        color = FigureColor.tab10[cycle % FigureColor.tab10.count]
        cycle += 1
      }
      plotted.append(
        PlottedSeries(
          index: index,
          kind: series.kind,
          style: series.style,
          color: color,
          label: series.label,
          x: series.x,
          y: series.y
        )
      )
    }

    var xRange: (Double, Double)?
    var yRange: (Double, Double)?
    for series in plotted {
      for (x, y) in zip(series.x, series.y) {
        guard figure.xScale.transform(x) != nil, figure.yScale.transform(y) != nil else { continue }
        xRange = xRange.map { (Swift.min($0.0, x), Swift.max($0.1, x)) } ?? (x, x)
        yRange = yRange.map { (Swift.min($0.0, y), Swift.max($0.1, y)) } ?? (y, y)
      }
    }
    guard let xRange, let yRange else { throw .noFiniteData(axis: "x or y") }
    try Self.validate(figure.xLimits, scale: figure.xScale, axis: "x")
    try Self.validate(figure.yLimits, scale: figure.yScale, axis: "y")

    series = plotted
    x = AxisLayout(
      dataMinimum: xRange.0,
      dataMaximum: xRange.1,
      scale: figure.xScale,
      fixedLimits: figure.xLimits,
      maximumBins: maximumBins
    )
    y = AxisLayout(
      dataMinimum: yRange.0,
      dataMaximum: yRange.1,
      scale: figure.yScale,
      fixedLimits: figure.yLimits,
      maximumBins: maximumBins
    )
    title = figure.title
    xLabel = figure.xLabel
    yLabel = figure.yLabel
  }

  private static func validate(_ limits: ClosedRange<Double>?, scale: AxisScale, axis: String) throws(FigureError) {
    guard let limits else { return }
    let valid =
      limits.lowerBound.isFinite && limits.upperBound.isFinite && limits.lowerBound < limits.upperBound
      && (scale == .linear || limits.lowerBound > 0)
    if !valid { throw .invalidLimits(axis: axis, lower: limits.lowerBound, upper: limits.upperBound) }
  }
}
