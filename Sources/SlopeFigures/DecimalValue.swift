/// An exact decimal number, `significand × 10^exponent`, for tick values and their labels.
///
/// Tick labels are built from integer multiples of a decimal step, so they read `0.4` where binary
/// floating point would give `0.4000000000000001`. Arithmetic returns `nil` on overflow, and callers
/// fall back to the binary value.
struct DecimalValue: Sendable, Equatable, Hashable, Comparable {
  var significand: Int
  var exponent: Int

  init(significand: Int, exponent: Int) {
    var significand = significand
    var exponent = exponent
    if significand == 0 {
      exponent = 0
    } else {
      while significand % 10 == 0 {
        significand /= 10
        exponent += 1
      }
    }
    self.significand = significand
    self.exponent = exponent
  }

  static let zero = DecimalValue(significand: 0, exponent: 0)

  /// `±10^exponent`.
  static func power(of ten: Int, negative: Bool = false) -> DecimalValue {
    DecimalValue(significand: negative ? -1 : 1, exponent: ten)
  }

  /// The shortest decimal that reads back as `value` (Swift's round-trip description), or `nil` when not finite.
  init?(_ value: Double) {
    guard value.isFinite else { return nil }
    if value == 0 {
      self = .zero
      return
    }
    let text = "\(value)"
    var mantissa = Substring(text)
    var exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      guard let power = Int(text[text.index(after: e)...]) else { return nil }
      exponent = power
      mantissa = text[..<e]
    }
    var digits = ""
    var fractionDigits = 0
    var seenPoint = false
    for character in mantissa {
      if character == "." {
        seenPoint = true
      } else if character.isNumber || character == "-" {
        digits.append(character)
        if seenPoint && character.isNumber { fractionDigits += 1 }
      }
    }
    guard let significand = Int(digits) else { return nil }
    self.init(significand: significand, exponent: exponent - fractionDigits)
  }

  /// The nearest binary double (correctly rounded by the standard library's parser).
  var doubleValue: Double {
    Double("\(significand)e\(exponent)") ?? .nan
  }

  var isNegative: Bool { significand < 0 }
  var isZero: Bool { significand == 0 }
  var magnitude: DecimalValue { DecimalValue(significand: abs(significand), exponent: exponent) }
  var negated: DecimalValue { DecimalValue(significand: -significand, exponent: exponent) }

  /// `floor(log10(|self|))` exactly; `nil` for zero.
  var orderOfMagnitude: Int? {
    guard significand != 0 else { return nil }
    return String(significand.magnitude).count - 1 + exponent
  }

  /// The significand rescaled to `exponent`, which must not be larger than the current exponent.
  func significand(atExponent target: Int) -> Int? {
    var result = significand
    var shift = exponent - target
    guard shift >= 0 else { return nil }
    while shift > 0 {
      let (product, overflow) = result.multipliedReportingOverflow(by: 10)
      if overflow { return nil }
      result = product
      shift -= 1
    }
    return result
  }

  static func + (lhs: DecimalValue, rhs: DecimalValue) -> DecimalValue? {
    let exponent = Swift.min(lhs.exponent, rhs.exponent)
    guard let left = lhs.significand(atExponent: exponent), let right = rhs.significand(atExponent: exponent) else {
      return nil
    }
    let (sum, overflow) = left.addingReportingOverflow(right)
    return overflow ? nil : DecimalValue(significand: sum, exponent: exponent)
  }

  static func - (lhs: DecimalValue, rhs: DecimalValue) -> DecimalValue? {
    lhs + rhs.negated
  }

  /// `self × count` for an integer count.
  func times(_ count: Int) -> DecimalValue? {
    let (product, overflow) = significand.multipliedReportingOverflow(by: count)
    return overflow ? nil : DecimalValue(significand: product, exponent: exponent)
  }

  /// `self / 10^power`, exact.
  func dividedByPowerOfTen(_ power: Int) -> DecimalValue {
    DecimalValue(significand: significand, exponent: exponent - power)
  }

  /// `floor(self / 10^power)`, or `nil` if it does not fit an `Int`.
  func floorDividedByPowerOfTen(_ power: Int) -> Int? {
    let scaled = dividedByPowerOfTen(power)
    if scaled.exponent >= 0 { return scaled.significand(atExponent: 0) }
    var quotient = scaled.significand
    var remainderSeen = false
    for _ in 0..<(-scaled.exponent) {
      if quotient % 10 != 0 { remainderSeen = true }
      quotient /= 10
      if quotient == 0 { break }
    }
    if scaled.significand < 0 && remainderSeen { quotient -= 1 }
    return quotient
  }

  /// `self` rounded half-to-even to `decimals` places after the point.
  func rounded(toDecimals decimals: Int) -> DecimalValue {
    let drop = -decimals - exponent
    guard drop > 0 else { return self }
    // An Int has at most 19 digits, so dropping more leaves nothing that could round up.
    guard drop <= 18 else { return .zero }
    var divisor = 1
    for _ in 0..<drop { divisor *= 10 }
    var quotient = significand / divisor
    let twiceRemainder = abs(significand % divisor) * 2
    if twiceRemainder > divisor || (twiceRemainder == divisor && quotient % 2 != 0) {
      quotient += significand < 0 ? -1 : 1
    }
    return DecimalValue(significand: quotient, exponent: -decimals)
  }

  /// Fixed-point text with exactly `decimals` digits after the point, using `minus` for negative values.
  func formatted(decimals: Int, minus: String = "\u{2212}") -> String {
    let value = rounded(toDecimals: decimals)
    guard let scaled = value.significand(atExponent: -decimals) else { return "\(doubleValue)" }
    var digits = String(scaled.magnitude)
    if decimals > 0 {
      if digits.count <= decimals {
        digits = String(repeating: "0", count: decimals - digits.count + 1) + digits
      }
      digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
    }
    return (scaled < 0 ? minus : "") + digits
  }

  /// The shortest plain text: `1e6` style for powers and long numbers, as matplotlib writes offsets.
  func compactScientific(minus: String = "\u{2212}") -> String {
    guard let power = orderOfMagnitude else { return "0" }
    let mantissa = dividedByPowerOfTen(power)
    let decimals = Swift.max(0, -mantissa.exponent)
    let mantissaText = mantissa.formatted(decimals: decimals, minus: minus)
    if power == 0 { return mantissaText }
    return mantissaText + "e" + (power < 0 ? minus : "") + String(power.magnitude)
  }

  static func < (lhs: DecimalValue, rhs: DecimalValue) -> Bool {
    if let difference = lhs - rhs { return difference.significand < 0 }
    return lhs.doubleValue < rhs.doubleValue
  }
}
