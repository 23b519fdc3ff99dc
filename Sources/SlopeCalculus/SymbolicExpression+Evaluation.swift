import Foundation

extension SymbolicExpression {
  /// The value with each variable bound by `value(name)`, computed in exactly the order of ``swiftSource``
  /// (left to right, coefficient first, then one division by the denominator), so the printed Swift code gives
  /// the same bits.
  public func evaluate(_ value: (String) -> Double) -> Double {
    switch self {
    case .constant(let number):
      return number
    case .variable(let name):
      return value(name)
    case .function(let function, let argument):
      return function.evaluate(argument.evaluate(value))
    case .sum(let terms):
      guard let first = terms.first else { return 0 }
      // `a - b` in the source is `a + (-b)` here: IEEE negation is exact, so the bits agree.
      return terms.dropFirst().reduce(first.evaluate(value)) { $0 + $1.evaluate(value) }
    case .power, .product:
      let layout = fractionLayout
      var numerator: Double
      if let first = layout.numerator.first {
        let firstValue = first.evaluateFactor(value)
        switch layout.coefficient {
        case 1: numerator = firstValue
        case -1: numerator = -firstValue
        default: numerator = layout.coefficient * firstValue
        }
        for factor in layout.numerator.dropFirst() { numerator = numerator * factor.evaluateFactor(value) }
      } else {
        numerator = layout.coefficient
      }
      guard let firstDenominator = layout.denominator.first else { return numerator }
      let denominator = layout.denominator.dropFirst().reduce(firstDenominator.evaluateFactor(value)) {
        $0 * $1.evaluateFactor(value)
      }
      return numerator / denominator
    }
  }

  /// The value with variables bound by a dictionary; an unbound variable is NaN.
  public func evaluate(_ bindings: [String: Double]) -> Double {
    evaluate { bindings[$0] ?? .nan }
  }

  /// The value of an expression in at most one variable, whatever its name.
  public func evaluate(at x: Double) -> Double {
    evaluate { _ in x }
  }

  /// A factor as `swiftFactor` prints it: a bare power is `pow(base, exponent)`.
  private func evaluateFactor(_ value: (String) -> Double) -> Double {
    if case .power(let base, let exponent) = self {
      return Foundation.pow(base.evaluate(value), exponent.evaluate(value))
    }
    return evaluate(value)
  }
}
