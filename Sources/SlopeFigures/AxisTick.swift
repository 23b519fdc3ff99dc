/// One labelled tick of an axis.
public struct AxisTick: Sendable, Equatable {
  /// Where the tick sits, in data units.
  public var value: Double
  /// The label, with U+2212 for minus and superscripts for powers of ten.
  public var label: String
  /// The same label in ASCII only (`-`, `1e-4`), for the `ascii` text renderer.
  public var asciiLabel: String

  /// Creates a tick at `value` with its Unicode and ASCII labels.
  public init(value: Double, label: String, asciiLabel: String) {
    self.value = value
    self.label = label
    self.asciiLabel = asciiLabel
  }
}
