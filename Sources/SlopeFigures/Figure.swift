/// A figure as data: what the prelude's `plot`, `scatter`, `title`, `xlabel` and `ylabel` calls built.
///
/// Renderers turn the same figure into SVG or text.
public struct Figure: Sendable, Equatable {
  public var series: [Series] = []
  public var title: String?
  public var xLabel: String?
  public var yLabel: String?

  public init(series: [Series] = [], title: String? = nil, xLabel: String? = nil, yLabel: String? = nil) {
    self.series = series
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
  }
}

/// One data series of a figure.
public struct Series: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    case line
    case scatter
  }

  public enum Style: Sendable, Equatable {
    case solid
    case dashed
    case dotted
  }

  public var kind: Kind
  public var x: [Double]
  public var y: [Double]
  public var label: String?
  /// A CSS colour, a matplotlib one-letter name or `#rrggbb`; `nil` takes the next tab10 colour.
  public var color: String?
  public var style: Style

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
