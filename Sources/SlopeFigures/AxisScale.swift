import Foundation

/// How data values map to positions along an axis.
public enum AxisScale: Sendable, Equatable {
  case linear
  /// Decades are equally spaced; values that are not positive are gaps, as in matplotlib.
  case log10

  /// The value in the space where positions are linear; `nil` where the scale has no position for it.
  func transform(_ value: Double) -> Double? {
    guard value.isFinite else { return nil }
    switch self {
    case .linear:
      return value
    case .log10:
      guard value > 0 else { return nil }
      return Foundation.log10(value)
    }
  }

  /// The data value at a position of the linear space.
  func inverse(_ position: Double) -> Double {
    switch self {
    case .linear:
      return position
    case .log10:
      return Foundation.pow(10, position)
    }
  }
}
