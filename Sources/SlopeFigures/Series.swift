/// One data series of a figure.
///
/// Non-finite values are gaps: a line breaks at a NaN or infinite x or y and resumes at the next
/// finite point, and a scatter series skips such points.
public struct Series: Sendable, Equatable {
  /// How the points are drawn.
  public enum Kind: Sendable, Equatable {
    case line
    case scatter
  }

  /// The dash pattern of a line.
  public enum Style: Sendable, Equatable {
    case solid
    case dashed
    case dotted
  }

  /// A line through the points, or a marker at each.
  public var kind: Kind
  /// The x values; as many as `y`.
  public var x: [Double]
  /// The y values; as many as `x`.
  public var y: [Double]
  /// The legend text; a legend is drawn only when some series has one.
  public var label: String?
  /// A CSS colour, a matplotlib one-letter name or `#rrggbb`; `nil` takes the next tab10 colour.
  public var color: String?
  /// The dash pattern of a line series.
  public var style: Style

  /// Creates a series from parallel x and y arrays.
  public init(
    kind: Kind,
    x: [Double],
    y: [Double],
    label: String? = nil,
    color: String? = nil,
    style: Style = .solid
  ) {
    self.kind = kind
    self.x = x
    self.y = y
    self.label = label
    self.color = color
    self.style = style
  }
}
