/// One data series of a figure.
///
/// Non-finite values are gaps: a line breaks at a NaN or infinite x or y and resumes at the next
/// finite point, and a scatter series skips such points.
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
