import Foundation

/// The limits and ticks of one axis: the single computation every renderer draws from.
public struct AxisLayout: Sendable, Equatable {
  /// How values map to positions along this axis.
  public var scale: AxisScale
  /// The view limits in data units: the data range padded by 5% unless limits were fixed.
  public var lower: Double
  /// The upper view limit in data units.
  public var upper: Double
  /// Every tick the locator produced, including the ones just outside the view (matplotlib's list).
  public var tickValues: [Double]
  /// The label of every entry of `tickValues`, in the same order.
  public var tickLabels: [String]
  /// The ticks inside the view, with their labels.
  public var ticks: [AxisTick]
  /// Text shown once at the end of the axis for an offset or common power of ten (`+1e6`, `1e−6`).
  public var offsetText: String?
  /// `offsetText` in ASCII.
  public var asciiOffsetText: String?

  /// matplotlib's default axes margin.
  public static let margin = 0.05

  /// Lays out an axis over data that spans `dataMinimum...dataMaximum` (finite values, positive on a log axis).
  public init(
    dataMinimum: Double,
    dataMaximum: Double,
    scale: AxisScale = .linear,
    fixedLimits: ClosedRange<Double>? = nil,
    maximumBins: Int = 9
  ) {
    self.scale = scale
    if let fixedLimits {
      (lower, upper) = (fixedLimits.lowerBound, fixedLimits.upperBound)
    } else {
      (lower, upper) = Self.paddedLimits(dataMinimum, dataMaximum, scale: scale)
    }
    tickValues = []
    tickLabels = []
    ticks = []
    switch scale {
    case .linear:
      layOutLinearTicks(maximumBins: maximumBins)
    case .log10:
      layOutLogTicks(maximumBins: maximumBins)
    }
  }

  /// The data range widened when degenerate, then padded by 5% of its span on each side (in scale space).
  static func paddedLimits(_ minimum: Double, _ maximum: Double, scale: AxisScale) -> (Double, Double) {
    switch scale {
    case .linear:
      let (low, high) = LinearTickLocator.nonsingular(minimum, maximum, expander: 0.05, tiny: 1e-15)
      // Halving first keeps the span of values near the largest double finite.
      let delta = (high / 2 - low / 2) * 2 * margin
      let limit = Double.greatestFiniteMagnitude
      return (Swift.max(low - delta, -limit), Swift.min(high + delta, limit))
    case .log10:
      var low = log10(minimum)
      var high = log10(maximum)
      if high - low <= Swift.max(Swift.abs(low), Swift.abs(high)) * 1e-15 {
        // One decade either side, as matplotlib's log locator does for a single value.
        low -= 1
        high += 1
      }
      let delta = (high - low) * margin
      let limit = Double.greatestFiniteMagnitude
      return (Swift.max(pow(10, low - delta), Double.leastNonzeroMagnitude), Swift.min(pow(10, high + delta), limit))
    }
  }

  /// Where a data value falls along the axis, from 0 at `lower` to 1 at `upper`; `nil` where the scale has no place for it.
  public func fraction(of value: Double) -> Double? {
    guard let position = scale.transform(value), let low = scale.transform(lower), let high = scale.transform(upper)
    else { return nil }
    // Halves keep spans near the largest double finite.
    let fraction = (position / 2 - low / 2) / (high / 2 - low / 2)
    return fraction.isFinite ? fraction : nil
  }

  private mutating func layOutLinearTicks(maximumBins: Int) {
    let values = LinearTickLocator(maximumBins: maximumBins).ticks(lower: lower, upper: upper)
    let unicode = ScalarTickFormatter().format(values, lower: lower, upper: upper)
    let ascii = ScalarTickFormatter().format(values, lower: lower, upper: upper, minus: "-")
    for (index, value) in values.map(\.doubleValue).enumerated() where value.isFinite {
      tickValues.append(value)
      tickLabels.append(unicode.labels[index])
      if value >= lower && value <= upper {
        ticks.append(AxisTick(value: value, label: unicode.labels[index], asciiLabel: ascii.labels[index]))
      }
    }
    offsetText = unicode.offsetText
    asciiOffsetText = ascii.offsetText
  }
}
