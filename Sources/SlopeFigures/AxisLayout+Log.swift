import Foundation

extension AxisLayout {
  /// Ticks at powers of ten, every decade while at most `maximumBins` fit, otherwise every n-th decade.
  ///
  /// Less than two decades in view would leave one tick or none, so then the ticks are 1, 2 and 5 (or
  /// every digit) times powers of ten, labelled as plain numbers.
  mutating func layOutLogTicks(maximumBins: Int) {
    let lowDecade = Int(floor(log10(lower)))
    let highDecade = Int(ceil(log10(upper)))
    let visibleDecades = (lowDecade...highDecade).filter { decade in
      let value = pow(10, Double(decade))
      return value >= lower * (1 - 1e-12) && value <= upper * (1 + 1e-12)
    }
    if visibleDecades.count >= 2 {
      var stride = 1
      while (visibleDecades.count + stride - 1) / stride > maximumBins { stride += 1 }
      let decades = (lowDecade...highDecade).filter { $0 % stride == 0 }
      tickValues = decades.map { pow(10, Double($0)) }
      tickLabels = decades.map(Self.powerOfTenLabel)
      ticks = zip(decades, tickValues).filter { visibleDecades.contains($0.0) }.map { decade, value in
        AxisTick(value: value, label: Self.powerOfTenLabel(decade), asciiLabel: "1e\(decade)")
      }
      return
    }
    for multipliers in [[1, 2, 5], [1, 2, 3, 4, 5, 6, 7, 8, 9]] {
      var candidates: [DecimalValue] = []
      for decade in (lowDecade - 1)...(highDecade + 1) {
        for multiplier in multipliers {
          candidates.append(DecimalValue(significand: multiplier, exponent: decade))
        }
      }
      let inView = candidates.filter { $0.doubleValue >= lower && $0.doubleValue <= upper }
      if inView.count >= 2 || multipliers.count == 9 {
        tickValues = candidates.map(\.doubleValue)
        tickLabels = candidates.map { $0.formatted(decimals: Swift.max(0, -$0.exponent)) }
        ticks = inView.map { value in
          let decimals = Swift.max(0, -value.exponent)
          return AxisTick(
            value: value.doubleValue,
            label: value.formatted(decimals: decimals),
            asciiLabel: value.formatted(decimals: decimals, minus: "-")
          )
        }
        return
      }
    }
  }

  /// `10` with the exponent in Unicode superscripts, as matplotlib's log axes read (`10⁻⁴`).
  static func powerOfTenLabel(_ exponent: Int) -> String {
    let superscripts: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
    var text = "10"
    if exponent < 0 { text.append("⁻") }
    for digit in String(exponent.magnitude) {
      if let value = digit.wholeNumberValue { text.append(superscripts[value]) }
    }
    return text
  }
}
