import Foundation

/// Tick positions on a linear axis, chosen as matplotlib's default `MaxNLocator` chooses them.
///
/// Steps come from 1, 2, 2.5, 5 and 10 times a power of ten: the smallest such step that gives at
/// most `maximumBins` intervals over the range and still shows at least two ticks. The result includes
/// the ticks just outside the range, as matplotlib's does; renderers draw only the ones inside.
struct LinearTickLocator: Sendable {
  /// matplotlib derives this from the axis length; the default 640×480 figure gives 9 on both axes.
  var maximumBins = 9
  var minimumTickCount = 2

  /// The staircase of candidate steps in units of the scale, as exact decimals.
  private static let staircase: [(double: Double, decimal: DecimalValue)] = [
    (0.1, DecimalValue(significand: 1, exponent: -1)),
    (0.2, DecimalValue(significand: 2, exponent: -1)),
    (0.25, DecimalValue(significand: 25, exponent: -2)),
    (0.5, DecimalValue(significand: 5, exponent: -1)),
    (1, DecimalValue(significand: 1, exponent: 0)),
    (2, DecimalValue(significand: 2, exponent: 0)),
    (2.5, DecimalValue(significand: 25, exponent: -1)),
    (5, DecimalValue(significand: 5, exponent: 0)),
    (10, DecimalValue(significand: 1, exponent: 1)),
    (20, DecimalValue(significand: 2, exponent: 1)),
  ]

  /// Ticks covering `lower...upper`, each an exact decimal multiple of the chosen step (plus an offset for
  /// ranges far from zero).
  func ticks(lower: Double, upper: Double) -> [DecimalValue] {
    let (vmin, vmax) = Self.nonsingular(lower, upper, expander: 1e-13, tiny: 1e-14)
    if !(vmax - vmin).isFinite {
      // A span beyond the largest double: place ticks for a tenth of the range and scale them up.
      return ticks(lower: vmin / 10, upper: vmax / 10).map {
        DecimalValue(significand: $0.significand, exponent: $0.exponent + 1)
      }
    }
    let bins = Double(Swift.max(1, maximumBins))
    let span = Swift.abs(vmax - vmin)
    let mean = (vmax + vmin) / 2
    var offset = DecimalValue.zero
    var offsetValue = 0.0
    guard span > 0, span.isFinite else { return [] }
    if mean != 0, Swift.abs(mean) / span >= 100 {
      let power = Int(floor(log10(Swift.abs(mean))))
      offset = .power(of: power, negative: mean < 0)
      offsetValue = copysign(pow(10, Double(power)), mean)
    }
    let scalePower = Int(floor(log10(span / bins)))
    let scale = pow(10, Double(scalePower))
    let shiftedMin = vmin - offsetValue
    let shiftedMax = vmax - offsetValue
    let rawStep = (shiftedMax - shiftedMin) / bins
    let steps = Self.staircase.map {
      ($0.double * scale, DecimalValue(significand: $0.decimal.significand, exponent: $0.decimal.exponent + scalePower))
    }
    let firstLarge = steps.firstIndex { $0.0 >= rawStep } ?? (steps.count - 1)

    var chosen: [DecimalValue] = []
    for (step, stepDecimal) in steps[...firstLarge].reversed() {
      let base = FloorDivision.floorDivide(shiftedMin, step)
      let bestMin = base * step
      let edge = Edge(step: step, offset: Swift.abs(offsetValue))
      let low = edge.largestMultiple(atMost: shiftedMin - bestMin)
      let high = edge.smallestMultiple(atLeast: shiftedMax - bestMin)
      guard low <= high, high - low < 10_000 else { continue }
      var visible = 0
      var values: [DecimalValue] = []
      for index in stride(from: low, through: high, by: 1) {
        let position = index * step + bestMin
        if position >= shiftedMin && position <= shiftedMax { visible += 1 }
        values.append(
          Self.decimal(count: index + base, step: stepDecimal, offset: offset, fallback: position + offsetValue)
        )
      }
      chosen = values
      if visible >= minimumTickCount { break }
    }
    return chosen
  }

  /// `count × step + offset` exactly, or the binary value when the decimal would overflow.
  private static func decimal(count: Double, step: DecimalValue, offset: DecimalValue, fallback: Double) -> DecimalValue
  {
    if let whole = Int(exactly: count), let multiple = step.times(whole), let sum = multiple + offset {
      return sum
    }
    return DecimalValue(fallback) ?? .zero
  }

  /// Widens a degenerate interval, as matplotlib's `nonsingular` does, so a constant has a range.
  static func nonsingular(_ lower: Double, _ upper: Double, expander: Double, tiny: Double) -> (Double, Double) {
    guard lower.isFinite, upper.isFinite else { return (-expander, expander) }
    let vmin = Swift.min(lower, upper)
    let vmax = Swift.max(lower, upper)
    let largest = Swift.max(Swift.abs(vmin), Swift.abs(vmax))
    if largest < (1e6 / tiny) * Double.leastNormalMagnitude {
      return (-expander, expander)
    }
    if vmax - vmin <= largest * tiny {
      if vmax == 0 && vmin == 0 { return (-expander, expander) }
      return (vmin - expander * Swift.abs(vmin), vmax + expander * Swift.abs(vmax))
    }
    return (vmin, vmax)
  }

  /// Integer multiples of a step near an edge, with slack for rounding error that grows with the offset.
  private struct Edge {
    var step: Double
    var offset: Double

    private func isClose(_ fraction: Double, to edge: Double) -> Bool {
      var tolerance = 1e-10
      if offset > 0 {
        let digits = log10(offset / step)
        tolerance = Swift.min(0.4999, Swift.max(1e-10, pow(10, digits - 12)))
      }
      return Swift.abs(fraction - edge) < tolerance
    }

    func largestMultiple(atMost x: Double) -> Double {
      let (quotient, remainder) = FloorDivision.divmod(x, step)
      return isClose(remainder / step, to: 1) ? quotient + 1 : quotient
    }

    func smallestMultiple(atLeast x: Double) -> Double {
      let (quotient, remainder) = FloorDivision.divmod(x, step)
      return isClose(remainder / step, to: 0) ? quotient : quotient + 1
    }
  }
}
