extension SymbolicExpression {
  /// The expression as LaTeX math (no surrounding `$`): `6 x + 2`, `3 x^{2}`, `-\frac{1}{x^{2}}`,
  /// `e^{x} \sin\left(x\right)`, `1 - \tanh^{2}\left(x\right)`.
  public var latex: String {
    switch self {
    case .constant(let value):
      return SymbolicExpression.latexNumber(value)
    case .variable(let name):
      return name.count == 1 ? name : "\\mathit{\(name)}"
    case .function(let function, let argument):
      return SymbolicExpression.latexFunction(function, argument: argument.latex, power: nil)
    case .sum(let terms):
      var text = terms.first?.latex ?? "0"
      for term in terms.dropFirst() {
        text += term.isNegativeTerm ? " - " + term.negatedTerm.latex : " + " + term.latex
      }
      return text
    case .power, .product:
      let layout = fractionLayout
      let sign = layout.coefficient < 0 ? "-" : ""
      let magnitude = abs(layout.coefficient)
      guard !layout.denominator.isEmpty else {
        return sign + SymbolicExpression.latexProduct(coefficient: magnitude, factors: layout.numerator)
      }
      let numerator = SymbolicExpression.latexProduct(coefficient: magnitude, factors: layout.numerator, grouped: true)
      let denominator = SymbolicExpression.latexProduct(coefficient: 1, factors: layout.denominator, grouped: true)
      return sign + "\\frac{\(numerator)}{\(denominator)}"
    }
  }

  /// A factor: sums in `\left(…\right)`, powers as `b^{e}`.
  private var latexFactor: String {
    switch self {
    case .sum:
      return "\\left(\(latex)\\right)"
    case .power(let base, let exponent):
      let power = exponent.latex
      switch base {
      case .variable:
        return "\(base.latex)^{\(power)}"
      case .constant(let value) where value >= 0 && value.isFinite && !"\(value)".contains("e"):
        return "\(base.latex)^{\(power)}"
      case .function(let function, let argument) where function != .exp && function != .sqrt:
        return SymbolicExpression.latexFunction(function, argument: argument.latex, power: power)
      default:
        return "\\left(\(base.latex)\\right)^{\(power)}"
      }
    default:
      return latex
    }
  }

  /// `c a b` with `\cdot` where two numbers would touch; the coefficient 1 is left out. In a fraction
  /// (`grouped`) a lone sum keeps no parentheses: the fraction bar already groups it.
  private static func latexProduct(
    coefficient: Double,
    factors: [SymbolicExpression],
    grouped: Bool = false
  )
    -> String
  {
    if grouped, coefficient == 1, factors.count == 1, case .sum = factors[0] { return factors[0].latex }
    var parts = factors.map(\.latexFactor)
    if coefficient != 1 || parts.isEmpty { parts.insert(latexNumber(coefficient), at: 0) }
    var text = parts.first ?? ""
    for part in parts.dropFirst() {
      let startsWithDigit = part.first.map { $0.isNumber } ?? false
      text += (startsWithDigit ? " \\cdot " : " ") + part
    }
    return text
  }

  private static func latexFunction(_ function: ElementaryFunction, argument: String, power: String?) -> String {
    let name: String
    switch function {
    case .exp: return "e^{\(argument)}"
    case .sqrt: return "\\sqrt{\(argument)}"
    case .log: name = "\\ln"
    case .log2: name = "\\log_{2}"
    case .log10: name = "\\log_{10}"
    case .asin: name = "\\arcsin"
    case .acos: name = "\\arccos"
    case .atan: name = "\\arctan"
    default: name = "\\" + function.rawValue
    }
    let raised = power.map { "\(name)^{\($0)}" } ?? name
    return "\(raised)\\left(\(argument)\\right)"
  }

  /// A number as Swift prints it without a trailing `.0`; exponents as `\cdot 10^{n}`.
  private static func latexNumber(_ value: Double) -> String {
    if value.isNaN { return "\\mathrm{NaN}" }
    if value.isInfinite { return value < 0 ? "-\\infty" : "\\infty" }
    let text = swiftNumber(value)
    guard let marker = text.firstIndex(of: "e"), let exponent = Int(text[text.index(after: marker)...]) else {
      return text
    }
    return "\(text[..<marker]) \\cdot 10^{\(exponent)}"
  }
}
