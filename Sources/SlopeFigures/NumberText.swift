/// Locale-independent number text for generated files.
enum NumberText {
  /// A pixel coordinate with at most two decimals, trailing zeros stripped and never `-0`.
  static func coordinate(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let clamped = Swift.min(Swift.max(value, -1e7), 1e7)
    let hundredths = Int((clamped * 100).rounded())
    if hundredths == 0 { return "0" }
    let sign = hundredths < 0 ? "-" : ""
    let whole = hundredths.magnitude / 100
    let fraction = hundredths.magnitude % 100
    if fraction == 0 { return sign + String(whole) }
    if fraction % 10 == 0 { return sign + String(whole) + "." + String(fraction / 10) }
    return sign + String(whole) + (fraction < 10 ? ".0" : ".") + String(fraction)
  }

  /// A data value for people: six significant digits, plain between 1e−5 and 1e6, else `1.5e12` style.
  static func readable(_ value: Double, minus: String = "\u{2212}") -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value < 0 ? minus + "∞" : "∞" }
    guard let decimal = DecimalValue(value), let order = decimal.orderOfMagnitude else { return "0" }
    let rounded = decimal.rounded(toDecimals: 5 - order)
    guard let roundedOrder = rounded.orderOfMagnitude else { return "0" }
    if roundedOrder < -5 || roundedOrder >= 6 { return rounded.compactScientific(minus: minus) }
    return rounded.formatted(decimals: Swift.max(0, -rounded.exponent), minus: minus)
  }
}
