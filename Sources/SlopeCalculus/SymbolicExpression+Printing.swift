// Printing as Swift source, and the layout of a product as numerator and denominator that printing, LaTeX and
// evaluation share, so that the printed code computes exactly what `evaluate` computes.

extension SymbolicExpression {
  /// The expression as Swift source, with Foundation's function names: `6 * x + 2`, `-1 / pow(x, 2)`.
  ///
  /// Constants print as Swift prints a `Double`, without a trailing `.0` when whole (`0.25 * x`, `4 * x`);
  /// infinities and NaN print as `Double.infinity` and `Double.nan`. Parentheses appear only where Swift's
  /// precedence needs them. Evaluating the source with Foundation gives exactly ``evaluate(_:)``'s result.
  public var swiftSource: String {
    switch self {
    case .constant(let value):
      return SymbolicExpression.swiftNumber(value)
    case .variable(let name):
      return name
    case .function(let function, let argument):
      return "\(function.rawValue)(\(argument.swiftSource))"
    case .sum(let terms):
      var text = terms.first?.swiftSource ?? "0"
      for term in terms.dropFirst() {
        if term.isNegativeTerm {
          text += " - " + term.negatedTerm.swiftSource
        } else {
          text += " + " + term.swiftSource
        }
      }
      return text
    case .power, .product:
      let layout = fractionLayout
      let numerator = layout.numeratorSource
      guard !layout.denominator.isEmpty else { return numerator }
      let denominator = layout.denominator.map(\.swiftFactor).joined(separator: " * ")
      return numerator + " / " + (layout.denominator.count > 1 ? "(\(denominator))" : denominator)
    }
  }

  /// The source of a factor in a product: sums are parenthesized; a bare power prints as `pow(b, e)`.
  var swiftFactor: String {
    switch self {
    case .sum: return "(\(swiftSource))"
    case .power(let base, let exponent): return "pow(\(base.swiftSource), \(exponent.swiftSource))"
    default: return swiftSource
    }
  }

  /// The term with its coefficient's sign flipped (used to print `a - b`).
  var negatedTerm: SymbolicExpression {
    let (coefficient, rest) = splitCoefficient()
    guard let rest else { return .constant(-coefficient) }
    if coefficient == -1 { return rest }
    if case .product(let factors) = rest { return .product([.constant(-coefficient)] + factors) }
    return .product([.constant(-coefficient), rest])
  }

  /// A product (or power) laid out as `coefficient * numerator / denominator`: factors with a negative constant
  /// exponent go to the denominator with the exponent's sign flipped.
  var fractionLayout: FractionLayout {
    var layout = FractionLayout(coefficient: 1, numerator: [], denominator: [])
    let factors: [SymbolicExpression]
    if case .product(let parts) = self { factors = parts } else { factors = [self] }
    for (index, factor) in factors.enumerated() {
      if index == 0, let value = factor.constantValue {
        layout.coefficient = value
      } else if case .power(let base, .constant(let exponent)) = factor, exponent < 0 {
        layout.denominator.append(exponent == -1 ? base : .power(base, .constant(-exponent)))
      } else {
        layout.numerator.append(factor)
      }
    }
    return layout
  }

  /// A double as Swift prints it, without a trailing `.0`, as valid Swift source.
  static func swiftNumber(_ value: Double) -> String {
    if value.isNaN { return "Double.nan" }
    if value.isInfinite { return value < 0 ? "-Double.infinity" : "Double.infinity" }
    let text = "\(value)"
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
  }
}

/// A product as coefficient, numerator factors and denominator factors.
struct FractionLayout {
  var coefficient: Double
  var numerator: [SymbolicExpression]
  var denominator: [SymbolicExpression]

  /// `c * a * b`, `-a * b`, `a * b`, or just `c` without numerator factors.
  var numeratorSource: String {
    let factors = numerator.map(\.swiftFactor).joined(separator: " * ")
    if numerator.isEmpty { return SymbolicExpression.swiftNumber(coefficient) }
    if coefficient == 1 { return factors }
    if coefficient == -1 { return "-" + factors }
    return SymbolicExpression.swiftNumber(coefficient) + " * " + factors
  }
}
