import Foundation

/// The functions of two arguments, with their derivative rules (the two-argument half of the rule table).
///
/// Each rule is written in tangent form: given both arguments, the result, and each argument's tangent (its
/// derivative with respect to the variable of differentiation), it returns the result's tangent. A tangent of
/// `nil` is a *structural zero*: the argument does not depend on the variable. Terms with a structural zero are
/// left out instead of multiplied by 0, which keeps formulas short and keeps `0 * inf` from turning a finite
/// derivative into NaN (for example the derivative of `pow(2, x)` never looks at `log` of a negative base, and
/// `sqrt(c)` of a constant `c = 0` has derivative 0).
public enum BinaryOperation: String, CaseIterable, Hashable, Sendable {
  /// `lhs + rhs`
  case add = "+"
  /// `lhs - rhs`
  case subtract = "-"
  /// `lhs * rhs`
  case multiply = "*"
  /// `lhs / rhs`
  case divide = "/"
  /// `pow(lhs, rhs)`
  case power = "pow"
  /// `atan2(lhs, rhs)`: the angle of the point (rhs, lhs), as Foundation orders the arguments.
  case atan2

  /// The operation's value, computed as a compiled Swift program computes it.
  @inlinable public func evaluate(_ lhs: Double, _ rhs: Double) -> Double {
    switch self {
    case .add: return lhs + rhs
    case .subtract: return lhs - rhs
    case .multiply: return lhs * rhs
    case .divide: return lhs / rhs
    case .power: return Foundation.pow(lhs, rhs)
    case .atan2: return Foundation.atan2(lhs, rhs)
    }
  }

  /// The tangent of the result, or `nil` when both argument tangents are `nil`.
  ///
  /// - Parameters:
  ///   - lhs: The first argument (the base of `pow`, the `y` of `atan2`).
  ///   - rhs: The second argument.
  ///   - result: The operation's value at these arguments.
  ///   - lhsTangent: The first argument's derivative, `nil` when it is constant.
  ///   - rhsTangent: The second argument's derivative, `nil` when it is constant.
  @inlinable public func tangent<A: DerivativeAlgebra>(
    lhs: A,
    rhs: A,
    result: A,
    lhsTangent: A?,
    rhsTangent: A?
  ) -> A? {
    binaryTangent(self, lhs, rhs, result, lhsTangent, rhsTangent)
  }
}

// A free function, so that `log` and `pow` inside it mean the math functions and not the enum cases.
@inlinable func binaryTangent<A: DerivativeAlgebra>(
  _ operation: BinaryOperation,
  _ x: A,
  _ y: A,
  _ z: A,
  _ dx: A?,
  _ dy: A?
) -> A? {
  if dx == nil && dy == nil { return nil }
  switch operation {
  case .add:
    guard let dx else { return dy }
    guard let dy else { return dx }
    return dx + dy
  case .subtract:
    guard let dx else { return dy.map { -$0 } }
    guard let dy else { return dx }
    return dx - dy
  case .multiply:
    guard let dx else { return dy.map { x * $0 } }
    guard let dy else { return dx * y }
    return dx * y + x * dy
  case .divide:
    // d(x/y) = (dx - z·dy) / y with z = x/y: one division, so a tangent of 1 over a constant is exact.
    guard let dy else { return dx.map { $0 / y } }
    guard let dx else { return -(z * dy) / y }
    return (dx - z * dy) / y
  case .power:
    // With a constant exponent the power rule keeps negative bases working (`pow(-2, 3)`); with a varying
    // exponent the logarithmic form z·(dy·log x + y·dx/x) is the one SymPy prints for `pow(x, x)`.
    guard let dy else { return dx.map { y * pow(x, y - 1) * $0 } }
    guard let dx else { return z * (dy * log(x)) }
    return z * (dy * log(x) + y * dx / x)
  case .atan2:
    // atan2(x, y) is the angle of (y, x): d = (y·dx - x·dy) / (x² + y²).
    let denominator = x * x + y * y
    guard let dy else { return dx.map { y * $0 / denominator } }
    guard let dx else { return -(x * dy) / denominator }
    return (y * dx - x * dy) / denominator
  }
}
