/// A figure as data: what the prelude's `plot`, `scatter`, `title`, `xlabel` and `ylabel` calls built.
///
/// Renderers turn the same figure into SVG or text. Both go through ``FigureLayout``, so an SVG and a
/// text rendering of one figure always agree on limits, ticks and legend order.
public struct Figure: Sendable, Equatable {
  /// The series in drawing order; later series are drawn on top.
  public var series: [Series] = []
  /// The title above the plot, from `title(_:)`.
  public var title: String?
  /// The x axis label, from `xlabel(_:)`.
  public var xLabel: String?
  /// The y axis label, from `ylabel(_:)`.
  public var yLabel: String?
  /// How x values map to the horizontal axis.
  public var xScale: AxisScale = .linear
  /// How y values map to the vertical axis; `.log10` for error-against-step-size plots.
  public var yScale: AxisScale = .linear
  /// Fixed x limits; `nil` takes the data range padded by 5%.
  public var xLimits: ClosedRange<Double>?
  /// Fixed y limits; `nil` takes the data range padded by 5%.
  public var yLimits: ClosedRange<Double>?

  /// Creates a figure with linear axes and limits from the data.
  public init(series: [Series] = [], title: String? = nil, xLabel: String? = nil, yLabel: String? = nil) {
    self.series = series
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
  }

  /// Creates a figure with every setting spelled out.
  public init(
    series: [Series],
    title: String? = nil,
    xLabel: String? = nil,
    yLabel: String? = nil,
    xScale: AxisScale,
    yScale: AxisScale,
    xLimits: ClosedRange<Double>? = nil,
    yLimits: ClosedRange<Double>? = nil
  ) {
    self.init(series: series, title: title, xLabel: xLabel, yLabel: yLabel)
    self.xScale = xScale
    self.yScale = yScale
    self.xLimits = xLimits
    self.yLimits = yLimits
  }

  /// Checks a colour the way the renderers will read it, so `plot(..., color:)` can fail where it is written.
  ///
  /// - Throws: ``FigureError/unknownColor(_:)`` for a name that is neither CSS, matplotlib nor `#rrggbb`.
  public static func validateColor(_ name: String) throws(FigureError) {
    _ = try FigureColor(parsing: name)
  }
}
