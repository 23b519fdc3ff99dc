/// A symbolic expression in named variables, kept simplified as it is built.
///
/// Build expressions with ``variable(_:)``, ``init(_:)`` for constants, the arithmetic operators and the free
/// functions (`sin`, `exp`, `pow`, …): they are smart constructors that keep the tree in a normal form —
/// constants folded, `0 *`, `1 *`, `+ 0` and `pow(x, 1)` gone, like terms and like factors combined
/// (`x * x` is `pow(x, 2)`), a numeric coefficient first in every product, terms by descending power. Running a
/// function written generically over ``DerivativeAlgebra`` on a variable therefore yields its formula, and
/// ``derivative(withRespectTo:)`` applies the shared rule table to it.
///
/// The cases are public for reading (an interpreter may walk the tree); a tree built from the cases directly
/// skips simplification, but still prints and evaluates correctly.
///
/// Printing: ``swiftSource`` is a valid Swift expression that evaluates, with Foundation, to exactly what
/// ``evaluate(_:)`` returns; ``latex`` is its LaTeX form.
public indirect enum SymbolicExpression: Hashable, Sendable {
  /// A number.
  case constant(Double)
  /// A variable, by name (a function's own parameter name).
  case variable(String)
  /// A sum of two or more terms.
  case sum([SymbolicExpression])
  /// A product of two or more factors, its numeric coefficient (if not 1) first.
  case product([SymbolicExpression])
  /// `pow(base, exponent)`; a product factor with a negative constant exponent prints in the denominator.
  case power(SymbolicExpression, SymbolicExpression)
  /// A smooth function applied to an argument.
  case function(ElementaryFunction, SymbolicExpression)

  /// The variable of the given name.
  public static func variable(named name: String) -> SymbolicExpression {
    .variable(name)
  }

  /// Whether the expression is a number.
  public var constantValue: Double? {
    if case .constant(let value) = self { return value }
    return nil
  }

  /// The names of the variables the expression depends on, in first-occurrence order.
  public var variables: [String] {
    var names: [String] = []
    collectVariables(into: &names)
    return names
  }

  private func collectVariables(into names: inout [String]) {
    switch self {
    case .constant: break
    case .variable(let name): if !names.contains(name) { names.append(name) }
    case .sum(let parts), .product(let parts): for part in parts { part.collectVariables(into: &names) }
    case .power(let base, let exponent):
      base.collectVariables(into: &names)
      exponent.collectVariables(into: &names)
    case .function(_, let argument): argument.collectVariables(into: &names)
    }
  }

  /// The derivative with respect to the variable `name`, simplified, by the shared rule table.
  public func derivative(withRespectTo name: String) -> SymbolicExpression {
    tangent(withRespectTo: name) ?? .constant(0)
  }

  /// The derivative, or `nil` when it is structurally zero (the expression does not involve `name`).
  func tangent(withRespectTo name: String) -> SymbolicExpression? {
    switch self {
    case .constant:
      return nil
    case .variable(let variable):
      return variable == name ? .constant(1) : nil
    case .sum(let terms):
      return fold(terms, with: .add, withRespectTo: name)
    case .product(let factors):
      return fold(factors, with: .multiply, withRespectTo: name)
    case .power(let base, let exponent):
      return BinaryOperation.power.tangent(
        lhs: base,
        rhs: exponent,
        result: self,
        lhsTangent: base.tangent(withRespectTo: name),
        rhsTangent: exponent.tangent(withRespectTo: name)
      )
    case .function(let function, let argument):
      return argument.tangent(withRespectTo: name).map { function.derivative(at: argument, result: self) * $0 }
    }
  }

  /// Differentiates an n-ary sum or product by folding the binary rule over its operands from the left.
  private func fold(
    _ operands: [SymbolicExpression],
    with operation: BinaryOperation,
    withRespectTo name: String
  ) -> SymbolicExpression? {
    guard var accumulated = operands.first else { return nil }
    var accumulatedTangent = accumulated.tangent(withRespectTo: name)
    for operand in operands.dropFirst() {
      let result = SymbolicExpression.apply(operation, accumulated, operand)
      accumulatedTangent = operation.tangent(
        lhs: accumulated,
        rhs: operand,
        result: result,
        lhsTangent: accumulatedTangent,
        rhsTangent: operand.tangent(withRespectTo: name)
      )
      accumulated = result
    }
    return accumulatedTangent
  }
}

extension SymbolicExpression: DerivativeAlgebra {
  /// A constant.
  public init(_ constant: Double) {
    self = .constant(constant)
  }

  /// Sum, simplified.
  public static func + (lhs: SymbolicExpression, rhs: SymbolicExpression) -> SymbolicExpression {
    makeSum([lhs, rhs])
  }

  /// Difference, simplified.
  public static func - (lhs: SymbolicExpression, rhs: SymbolicExpression) -> SymbolicExpression {
    makeSum([lhs, makeProduct([.constant(-1), rhs])])
  }

  /// Product, simplified.
  public static func * (lhs: SymbolicExpression, rhs: SymbolicExpression) -> SymbolicExpression {
    makeProduct([lhs, rhs])
  }

  /// Quotient, simplified (a product with the divisor raised to -1).
  public static func / (lhs: SymbolicExpression, rhs: SymbolicExpression) -> SymbolicExpression {
    makeProduct([lhs, makePower(rhs, .constant(-1))])
  }

  /// Negation, simplified.
  public static prefix func - (operand: SymbolicExpression) -> SymbolicExpression {
    makeProduct([.constant(-1), operand])
  }

  /// A smooth function applied, simplified (constants folded, `log(exp(u))` is `u`).
  public static func apply(_ function: ElementaryFunction, to operand: SymbolicExpression) -> SymbolicExpression {
    makeFunction(function, operand)
  }

  /// An operation applied, simplified. `atan2` has no symbolic form here and is written as `atan(y / x)`: the
  /// same derivative everywhere, the same value only for `x > 0` (the notebook's symbolic subset has no `atan2`).
  public static func apply(
    _ operation: BinaryOperation,
    _ lhs: SymbolicExpression,
    _ rhs: SymbolicExpression
  ) -> SymbolicExpression {
    switch operation {
    case .add: return lhs + rhs
    case .subtract: return lhs - rhs
    case .multiply: return lhs * rhs
    case .divide: return lhs / rhs
    case .power: return makePower(lhs, rhs)
    case .atan2: return makeFunction(.atan, lhs / rhs)
    }
  }
}

extension SymbolicExpression: CustomStringConvertible {
  /// The Swift source form, as ``swiftSource``.
  public var description: String { swiftSource }
}
