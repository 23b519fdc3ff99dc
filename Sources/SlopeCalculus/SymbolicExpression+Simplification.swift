import Foundation

// The smart constructors that keep every expression in normal form (see `SymbolicExpression`).

extension SymbolicExpression {
  /// A flattened sum with like terms combined, zero terms dropped and terms ordered by descending degree.
  static func makeSum(_ operands: [SymbolicExpression]) -> SymbolicExpression {
    var monomials: [SymbolicExpression] = []
    var coefficients: [Double] = []
    var constant: Double?
    func add(_ term: SymbolicExpression) {
      if case .sum(let terms) = term {
        terms.forEach(add)
        return
      }
      let (coefficient, monomial) = term.splitCoefficient()
      guard let monomial else {
        constant = constant.map { $0 + coefficient } ?? coefficient
        return
      }
      if let index = monomials.firstIndex(of: monomial) {
        coefficients[index] += coefficient
      } else {
        monomials.append(monomial)
        coefficients.append(coefficient)
      }
    }
    operands.forEach(add)

    var terms: [SymbolicExpression] = []
    for (monomial, coefficient) in zip(monomials, coefficients) where coefficient != 0 {
      terms.append(scaled(monomial, by: coefficient))
    }
    terms = orderedTerms(terms)
    if let constant, constant != 0 || terms.isEmpty {
      terms.append(.constant(constant))
    }
    if terms.isEmpty { return .constant(0) }
    if terms.count == 1 { return terms[0] }
    if terms.count == 2, terms[0].isNegativeTerm, let constant, constant > 0 {
      // `1 - pow(x, 2)` reads (and counts) better than `-pow(x, 2) + 1`, as SymPy prints it.
      terms.swapAt(0, 1)
    }
    return .sum(terms)
  }

  /// A flattened product: one numeric coefficient first, like bases merged (`x * x` is `pow(x, 2)`), factors
  /// in canonical order; a coefficient times a single sum is distributed (`2 * (x + 1)` is `2 * x + 2`).
  static func makeProduct(_ operands: [SymbolicExpression]) -> SymbolicExpression {
    var coefficient = 1.0
    var bases: [SymbolicExpression] = []
    var exponents: [[SymbolicExpression]] = []
    func multiply(_ factor: SymbolicExpression) {
      switch factor {
      case .product(let factors):
        factors.forEach(multiply)
      case .constant(let value):
        coefficient *= value
      default:
        let (base, exponent) = factor.baseAndExponent
        if let index = bases.firstIndex(of: base) {
          exponents[index].append(exponent)
        } else {
          bases.append(base)
          exponents.append([exponent])
        }
      }
    }
    operands.forEach(multiply)
    if coefficient == 0 { return .constant(0) }

    var factors: [SymbolicExpression] = []
    var needsAnotherPass = false
    for (base, baseExponents) in zip(bases, exponents) {
      let exponent = baseExponents.count == 1 ? baseExponents[0] : makeSum(baseExponents)
      let power = baseExponents.count == 1 ? base.raised(to: exponent) : makePower(base, exponent)
      switch power {
      case .constant(let value): coefficient *= value
      case .product: needsAnotherPass = true
      default: break
      }
      if power.constantValue == nil { factors.append(power) }
    }
    if needsAnotherPass { return makeProduct([.constant(coefficient)] + factors) }
    if coefficient == 0 { return .constant(0) }
    factors.sort { $0.factorOrderKey < $1.factorOrderKey }

    if factors.isEmpty { return .constant(coefficient) }
    if let expanded = expandedPolynomial(coefficient: coefficient, factors: factors) { return expanded }
    if coefficient == 1 { return factors.count == 1 ? factors[0] : .product(factors) }
    if factors.count == 1, case .sum(let terms) = factors[0] {
      return makeSum(terms.map { makeProduct([.constant(coefficient), $0]) })
    }
    return .product([.constant(coefficient)] + factors)
  }

  /// A product of polynomials multiplied out (`x * (2 * x - 3)` is `2 * pow(x, 2) - 3 * x`), so that like terms
  /// can combine, as a tutorial writes polynomials; `nil` when a factor is no polynomial, no factor is a sum, or
  /// the expansion would exceed a few dozen terms. Integer powers of sums stay as they are (`pow(x + 1, 2)`).
  private static func expandedPolynomial(coefficient: Double, factors: [SymbolicExpression]) -> SymbolicExpression? {
    let maximumTerms = 32
    guard factors.count > 1, factors.contains(where: { if case .sum = $0 { true } else { false } }),
      factors.allSatisfy(\.isPolynomial)
    else { return nil }
    var terms: [SymbolicExpression] = [.constant(coefficient)]
    for factor in factors {
      let factorTerms: [SymbolicExpression]
      if case .sum(let parts) = factor { factorTerms = parts } else { factorTerms = [factor] }
      guard terms.count * factorTerms.count <= maximumTerms else { return nil }
      terms = terms.flatMap { term in factorTerms.map { makeProduct([term, $0]) } }
    }
    return makeSum(terms)
  }

  /// Whether the expression is a polynomial: sums and products of constants and variables raised to natural
  /// numbers.
  private var isPolynomial: Bool {
    switch self {
    case .constant, .variable: return true
    case .power(.variable, .constant(let exponent)): return exponent > 0 && exponent == exponent.rounded()
    case .product(let factors): return factors.allSatisfy { $0.isPolynomialMonomial }
    case .sum(let terms): return terms.allSatisfy { $0.isPolynomialMonomial }
    default: return false
    }
  }

  private var isPolynomialMonomial: Bool {
    if case .sum = self { return false }
    return isPolynomial
  }

  /// `pow(base, exponent)` with `pow(x, 0)`, `pow(x, 1)`, constant powers, `pow(pow(x, a), n)` and
  /// `pow(a * b, n)` (integer `n`) and `pow(sqrt(u), 2k)` simplified.
  static func makePower(_ base: SymbolicExpression, _ exponent: SymbolicExpression) -> SymbolicExpression {
    if let value = exponent.constantValue {
      if value == 0 { return .constant(1) }
      if value == 1 { return base }
    }
    if let baseValue = base.constantValue {
      if let value = exponent.constantValue { return .constant(Foundation.pow(baseValue, value)) }
      if baseValue == 1 { return .constant(1) }
    }
    if let integer = exponent.constantValue, integer == integer.rounded(), integer.isFinite {
      switch base {
      case .power(let innerBase, let innerExponent):
        return makePower(innerBase, makeProduct([innerExponent, exponent]))
      case .product(let factors):
        return makeProduct(factors.map { makePower($0, exponent) })
      case .function(.sqrt, let argument) where integer.truncatingRemainder(dividingBy: 2) == 0:
        return makePower(argument, .constant(integer / 2))
      default:
        break
      }
    }
    return .power(base, exponent)
  }

  /// A function applied, with constant arguments folded and `log(exp(u))`, `exp(log(u))` undone.
  static func makeFunction(_ function: ElementaryFunction, _ argument: SymbolicExpression) -> SymbolicExpression {
    if let value = argument.constantValue { return .constant(function.evaluate(value)) }
    switch (function, argument) {
    case (.log, .function(.exp, let inner)), (.exp, .function(.log, let inner)):
      return inner
    default:
      return .function(function, argument)
    }
  }

  /// Raises an already simplified factor to a single exponent taken from a product (usually 1).
  private func raised(to exponent: SymbolicExpression) -> SymbolicExpression {
    exponent.constantValue == 1 ? self : SymbolicExpression.makePower(self, exponent)
  }

  /// The factor as base and exponent, so `x` and `pow(x, 2)` merge.
  private var baseAndExponent: (SymbolicExpression, SymbolicExpression) {
    if case .power(let base, let exponent) = self { return (base, exponent) }
    return (self, .constant(1))
  }

  /// The numeric coefficient and the rest (`nil` for a constant).
  func splitCoefficient() -> (Double, SymbolicExpression?) {
    switch self {
    case .constant(let value):
      return (value, nil)
    case .product(let factors):
      guard let coefficient = factors.first?.constantValue else { return (1, self) }
      let rest = Array(factors.dropFirst())
      return (coefficient, rest.count == 1 ? rest[0] : .product(rest))
    default:
      return (1, self)
    }
  }

  /// Whether the term prints with a leading minus.
  var isNegativeTerm: Bool {
    splitCoefficient().0 < 0
  }

  /// `coefficient * monomial` for a monomial without coefficient.
  private static func scaled(_ monomial: SymbolicExpression, by coefficient: Double) -> SymbolicExpression {
    if coefficient == 1 { return monomial }
    if case .product(let factors) = monomial { return .product([.constant(coefficient)] + factors) }
    return .product([.constant(coefficient), monomial])
  }

  /// Terms by descending degree in the variables, otherwise in order of appearance; a leading negative term
  /// yields to a positive term of the same degree (`2 * z - 2 * y`, one token shorter than `-2 * y + 2 * z`).
  private static func orderedTerms(_ terms: [SymbolicExpression]) -> [SymbolicExpression] {
    var ordered = terms.enumerated().sorted { lhs, rhs in
      let (left, right) = (lhs.element.degree, rhs.element.degree)
      return left != right ? left > right : lhs.offset < rhs.offset
    }.map(\.element)
    if let first = ordered.first, first.isNegativeTerm,
      let index = ordered.firstIndex(where: { !$0.isNegativeTerm && $0.degree == first.degree })
    {
      ordered.insert(ordered.remove(at: index), at: 0)
    }
    return ordered
  }

  /// The total degree of a term in its variables (powers with constant exponents only).
  var degree: Double {
    switch self {
    case .variable: return 1
    case .power(.variable, .constant(let exponent)): return exponent
    case .product(let factors): return factors.reduce(0) { $0 + $1.degree }
    default: return 0
    }
  }

  /// Factors sort as SymPy prints them: powers of variables, then constants raised to powers, then `exp`, then
  /// other functions by name, then sums.
  var factorOrderKey: FactorOrderKey {
    let base = baseAndExponent.0
    switch base {
    case .variable(let name): return FactorOrderKey(rank: 0, name: name, text: swiftSource)
    case .constant: return FactorOrderKey(rank: 1, name: "", text: swiftSource)
    case .function(.exp, _): return FactorOrderKey(rank: 2, name: "exp", text: swiftSource)
    case .function(let function, _): return FactorOrderKey(rank: 3, name: function.rawValue, text: swiftSource)
    case .power, .product: return FactorOrderKey(rank: 4, name: "", text: swiftSource)
    case .sum: return FactorOrderKey(rank: 5, name: "", text: swiftSource)
    }
  }
}

/// The sort key of a product's factors.
struct FactorOrderKey: Comparable {
  var rank: Int
  var name: String
  var text: String

  static func < (lhs: FactorOrderKey, rhs: FactorOrderKey) -> Bool {
    (lhs.rank, lhs.name, lhs.text) < (rhs.rank, rhs.name, rhs.text)
  }
}
