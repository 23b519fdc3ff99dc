/// A number that code can branch on: `Double` or ``Dual``.
///
/// Adds to ``DerivativeAlgebra`` what the symbolic engine cannot have: the primal value (for comparisons,
/// `if` and `?:`, which differentiate the branch taken) and the functions with kinks. An evaluator written
/// generically over `RealScalar` runs plain (`Double`) and differentiating (``Dual``) without a second copy.
public protocol RealScalar: DerivativeAlgebra {
  /// The plain value, used to decide branches.
  var primal: Double { get }
  /// `abs(x)`; ``Dual`` uses `abs′(0) = 0`.
  var magnitude: Self { get }
  /// `x.squareRoot()`.
  func squareRoot() -> Self
  /// `x.rounded(rule)`, the basis of `floor`, `ceil` and `round`; ``Dual`` uses derivative 0.
  func rounded(_ rule: FloatingPointRoundingRule) -> Self
  /// `x.truncatingRemainder(dividingBy: y)`.
  func truncatingRemainder(dividingBy divisor: Self) -> Self
  /// Swift's `max(x, y)`; ``Dual`` applies the tie rule.
  static func maximum(of x: Self, _ y: Self) -> Self
  /// Swift's `min(x, y)`; ``Dual`` applies the tie rule.
  static func minimum(of x: Self, _ y: Self) -> Self
}

extension Double: RealScalar {
  /// The number itself.
  public var primal: Double { self }

  /// Swift's `max(x, y)` (not IEEE `maximum`, which treats NaN and signed zeros differently).
  public static func maximum(of x: Double, _ y: Double) -> Double { Swift.max(x, y) }

  /// Swift's `min(x, y)`.
  public static func minimum(of x: Double, _ y: Double) -> Double { Swift.min(x, y) }
}

extension Dual: RealScalar {
  /// The value part.
  public var primal: Double { value }
}
