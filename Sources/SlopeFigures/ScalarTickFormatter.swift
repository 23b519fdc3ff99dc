import Foundation

/// Labels for linear-axis ticks, following matplotlib's `ScalarFormatter` defaults.
///
/// All labels share one number of decimals. Values far from zero relative to their spread get an
/// offset (`+1e6`), and very large or small values a common power of ten (`1e−6`); matplotlib shows
/// both as one text at the end of the axis, and so do the renderers here. The minus sign is U+2212.
struct ScalarTickFormatter: Sendable {
  /// Scientific notation below 1e−5 and from 1e6 (matplotlib's `axes.formatter.limits`).
  var powerLimits = (lower: -5, upper: 6)
  /// An offset is used only when it saves at least this many digits (`axes.formatter.offset_threshold`).
  var offsetThreshold = 4

  struct Result: Equatable {
    var labels: [String]
    var offset: DecimalValue
    var orderOfMagnitude: Int
    /// The text shown once for the axis, such as `+1e6`, `1e−6` or `1e−9+1`; `nil` when not needed.
    var offsetText: String?
  }

  func format(_ ticks: [DecimalValue], lower: Double, upper: Double, minus: String = "\u{2212}") -> Result {
    let visible = ticks.filter { value in
      let double = value.doubleValue
      return double >= lower && double <= upper
    }
    let offset = computeOffset(visible)
    let order = orderOfMagnitude(visible, offset: offset, lower: lower, upper: upper)
    let scaled = ticks.map { tick in ((tick - offset) ?? tick).dividedByPowerOfTen(order) }
    let decimals = commonDecimals(scaled, lower: lower, upper: upper, offset: offset, order: order)
    let labels = scaled.map { $0.formatted(decimals: decimals, minus: minus) }

    var text = ""
    if order != 0 {
      text += "1e" + (order < 0 ? minus : "") + String(order.magnitude)
    }
    if !offset.isZero {
      text += (offset.isNegative ? "" : "+") + offset.compactScientific(minus: minus)
    }
    return Result(labels: labels, offset: offset, orderOfMagnitude: order, offsetText: text.isEmpty ? nil : text)
  }

  /// The offset that leaves the fewest digits in the labels, or zero when it would save too few.
  private func computeOffset(_ visible: [DecimalValue]) -> DecimalValue {
    guard let lowest = visible.min(), let highest = visible.max(), lowest != highest else { return .zero }
    if !lowest.isNegative && !lowest.isZero && !highest.isNegative && !highest.isZero {
      // All positive: fall through.
    } else if lowest.isNegative && highest.isNegative {
      // All negative: fall through.
    } else {
      return .zero
    }
    let pair = [lowest.magnitude, highest.magnitude].sorted()
    let small = pair[0]
    let large = pair[1]
    guard let largeOrder = large.orderOfMagnitude else { return .zero }
    // The smallest power of ten at which both values agree in every higher digit.
    var power = largeOrder + 1
    var agreeing: Int?
    while power > largeOrder - 40 {
      guard let a = small.floorDividedByPowerOfTen(power), let b = large.floorDividedByPowerOfTen(power) else {
        return .zero
      }
      if a != b {
        agreeing = power + 1
        break
      }
      power -= 1
    }
    guard var oom = agreeing else { return .zero }
    if let spread = large - small, spread.dividedByPowerOfTen(oom) <= DecimalValue(significand: 1, exponent: -2) {
      // Straddling a multiple of a large power of ten: find where the two differ by more than one.
      power = largeOrder + 1
      while power > largeOrder - 40 {
        guard let a = small.floorDividedByPowerOfTen(power), let b = large.floorDividedByPowerOfTen(power) else {
          return .zero
        }
        if b - a > 1 {
          oom = power + 1
          break
        }
        power -= 1
      }
    }
    guard let leading = large.floorDividedByPowerOfTen(oom) else { return .zero }
    var threshold = 1
    for _ in 0..<(offsetThreshold - 1) { threshold *= 10 }
    guard leading >= threshold else { return .zero }
    let magnitude = DecimalValue(significand: leading, exponent: oom)
    return lowest.isNegative ? magnitude.negated : magnitude
  }

  private func orderOfMagnitude(_ visible: [DecimalValue], offset: DecimalValue, lower: Double, upper: Double) -> Int {
    guard !visible.isEmpty else { return 0 }
    let order: Int
    if !offset.isZero {
      let span = log10(Swift.abs(upper / 2 - lower / 2)) + log10(2.0)
      order = span.isFinite ? Int(floor(span)) : 0
    } else {
      order = visible.map(\.magnitude).max()?.orderOfMagnitude ?? 0
    }
    if order <= powerLimits.lower || order >= powerLimits.upper { return order }
    return 0
  }

  /// The fewest decimals that show every tick to within a thousandth of their range.
  private func commonDecimals(
    _ scaled: [DecimalValue],
    lower: Double,
    upper: Double,
    offset: DecimalValue,
    order: Int
  ) -> Int {
    var values = scaled
    if scaled.count < 2 {
      // One tick says nothing about spacing; the view ends stand in for the range.
      for end in [lower, upper] {
        if let decimal = DecimalValue(end), let shifted = decimal - offset {
          values.append(shifted.dividedByPowerOfTen(order))
        }
      }
    }
    guard let lowest = values.min(), let highest = values.max() else { return 0 }
    var range = (highest - lowest) ?? .zero
    if range.isZero { range = values.map(\.magnitude).max() ?? .zero }
    if range.isZero { range = DecimalValue(significand: 1, exponent: 0) }
    let rangeOrder = range.orderOfMagnitude ?? 0
    let threshold = DecimalValue(significand: 1, exponent: rangeOrder - 3)
    var decimals = Swift.max(0, 3 - rangeOrder)
    while decimals >= 0 {
      let fits = scaled.allSatisfy { value in
        guard let error = (value - value.rounded(toDecimals: decimals)) else { return false }
        return error.magnitude < threshold
      }
      if fits {
        decimals -= 1
      } else {
        break
      }
    }
    return decimals + 1
  }
}
