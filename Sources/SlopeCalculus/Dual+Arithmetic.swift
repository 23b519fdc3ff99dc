extension Dual: DerivativeAlgebra {
  /// Combines two dual numbers with the rule table: the value as Swift computes it, the derivative by the
  /// operation's tangent rule, `varies` and `kinks` inherited from both.
  @inlinable public static func apply(_ operation: BinaryOperation, _ lhs: Dual, _ rhs: Dual) -> Dual {
    let value = operation.evaluate(lhs.value, rhs.value)
    var kinks = lhs.kinks.union(rhs.kinks)
    if operation == .power, lhs.value == 0, rhs.tangent == nil, lhs.tangent != nil, rhs.value > 0, rhs.value < 1 {
      kinks.insert(KinkSet(.squareRootAtZero))
    }
    let derivative =
      operation.tangent(
        lhs: lhs.value,
        rhs: rhs.value,
        result: value,
        lhsTangent: lhs.tangent,
        rhsTangent: rhs.tangent
      ) ?? 0
    return Dual(value: value, derivative: derivative, varies: lhs.varies || rhs.varies, kinks: kinks)
  }

  /// Applies a smooth function: `f(x)` and `f′(x) · dx`, skipping the rule when `dx` is 0 (a constant stays a
  /// constant, and `sqrt` of a constant 0 has derivative 0, not NaN).
  @inlinable public static func apply(_ function: ElementaryFunction, to operand: Dual) -> Dual {
    let value = function.evaluate(operand.value)
    var result = Dual(value: value, derivative: 0, varies: operand.varies, kinks: operand.kinks)
    if let tangent = operand.tangent {
      result.derivative = function.derivative(at: operand.value, result: value) * tangent
      if let kink = function.kink(at: operand.value) { result.kinks.insert(KinkSet(kink)) }
    }
    return result
  }

  /// Sum.
  public static func + (lhs: Dual, rhs: Dual) -> Dual { apply(.add, lhs, rhs) }
  /// Difference.
  public static func - (lhs: Dual, rhs: Dual) -> Dual { apply(.subtract, lhs, rhs) }
  /// Product.
  public static func * (lhs: Dual, rhs: Dual) -> Dual { apply(.multiply, lhs, rhs) }
  /// Quotient.
  public static func / (lhs: Dual, rhs: Dual) -> Dual { apply(.divide, lhs, rhs) }

  /// Negation (exact).
  public static prefix func - (operand: Dual) -> Dual {
    Dual(value: -operand.value, derivative: -operand.derivative, varies: operand.varies, kinks: operand.kinks)
  }

  /// Identity, as Swift's unary plus.
  public static prefix func + (operand: Dual) -> Dual { operand }

  /// Sum with a constant.
  public static func + (lhs: Dual, rhs: Double) -> Dual { apply(.add, lhs, Dual(rhs)) }
  /// Sum with a constant.
  public static func + (lhs: Double, rhs: Dual) -> Dual { apply(.add, Dual(lhs), rhs) }
  /// Difference with a constant.
  public static func - (lhs: Dual, rhs: Double) -> Dual { apply(.subtract, lhs, Dual(rhs)) }
  /// Difference with a constant.
  public static func - (lhs: Double, rhs: Dual) -> Dual { apply(.subtract, Dual(lhs), rhs) }
  /// Product with a constant.
  public static func * (lhs: Dual, rhs: Double) -> Dual { apply(.multiply, lhs, Dual(rhs)) }
  /// Product with a constant.
  public static func * (lhs: Double, rhs: Dual) -> Dual { apply(.multiply, Dual(lhs), rhs) }
  /// Quotient by a constant.
  public static func / (lhs: Dual, rhs: Double) -> Dual { apply(.divide, lhs, Dual(rhs)) }
  /// A constant divided by a dual number.
  public static func / (lhs: Double, rhs: Dual) -> Dual { apply(.divide, Dual(lhs), rhs) }

  /// `lhs = lhs + rhs`.
  public static func += (lhs: inout Dual, rhs: Dual) { lhs = lhs + rhs }
  /// `lhs = lhs - rhs`.
  public static func -= (lhs: inout Dual, rhs: Dual) { lhs = lhs - rhs }
  /// `lhs = lhs * rhs`.
  public static func *= (lhs: inout Dual, rhs: Dual) { lhs = lhs * rhs }
  /// `lhs = lhs / rhs`.
  public static func /= (lhs: inout Dual, rhs: Dual) { lhs = lhs / rhs }
}
