// The functions with kinks or jumps. Values are Swift's; derivatives follow the conventions listed on `Kink`.

extension Dual {
  /// `x.magnitude`: derivative `sign(x)·dx`, and 0 at `x = 0` (recorded as ``Kink/absoluteValueAtZero``).
  public var magnitude: Dual {
    var result = Dual(value: value.magnitude, derivative: 0, varies: varies, kinks: kinks)
    guard let tangent else { return result }
    if value > 0 {
      result.derivative = tangent
    } else if value < 0 {
      result.derivative = -tangent
    } else if value == 0 {
      result.kinks.insert(KinkSet(.absoluteValueAtZero))
    } else {
      result.derivative = .nan
    }
    return result
  }

  /// `x.squareRoot()`, the same as `sqrt(x)`.
  public func squareRoot() -> Dual {
    Dual.apply(.sqrt, to: self)
  }

  /// `x.rounded(rule)`: derivative 0; a jump point is recorded as ``Kink/stepJump``.
  public func rounded(_ rule: FloatingPointRoundingRule) -> Dual {
    let roundedValue = value.rounded(rule)
    var result = Dual(value: roundedValue, derivative: 0, varies: varies, kinks: kinks)
    if tangent != nil && Dual.isJump(of: rule, at: value) {
      result.kinks.insert(KinkSet(.stepJump))
    }
    return result
  }

  /// `x.rounded()`: half away from zero, as Swift rounds.
  public func rounded() -> Dual {
    rounded(.toNearestOrAwayFromZero)
  }

  /// `x.truncatingRemainder(dividingBy: y)` = `x - trunc(x / y) · y`, so its derivative is `dx - trunc(x / y) · dy`.
  public func truncatingRemainder(dividingBy divisor: Dual) -> Dual {
    let remainder = value.truncatingRemainder(dividingBy: divisor.value)
    let quotient = (value / divisor.value).rounded(.towardZero)
    let derivative = (tangent ?? 0) - (divisor.tangent.map { quotient * $0 } ?? 0)
    var result = Dual(
      value: remainder,
      derivative: derivative,
      varies: varies || divisor.varies,
      kinks: kinks.union(divisor.kinks)
    )
    if remainder == 0 && (tangent != nil || divisor.tangent != nil) { result.kinks.insert(KinkSet(.stepJump)) }
    return result
  }

  /// Swift's `max(x, y)` (`y >= x ? y : x`) with the tie rule; see ``Kink/maximumTie``.
  public static func maximum(of x: Dual, _ y: Dual) -> Dual {
    choose(x, y, takeSecond: y.value >= x.value, tie: .maximumTie)
  }

  /// Swift's `min(x, y)` (`y < x ? y : x`) with the tie rule; see ``Kink/minimumTie``.
  public static func minimum(of x: Dual, _ y: Dual) -> Dual {
    choose(x, y, takeSecond: y.value < x.value, tie: .minimumTie)
  }

  private static func choose(_ x: Dual, _ y: Dual, takeSecond: Bool, tie: Kink) -> Dual {
    var result = takeSecond ? y : x
    result.varies = x.varies || y.varies
    result.kinks = x.kinks.union(y.kinks)
    guard x.value == y.value, x.varies || y.varies else { return result }
    result.kinks.insert(KinkSet(tie))
    switch (x.varies, y.varies) {
    case (true, true): result.derivative = (x.derivative + y.derivative) * 0.5
    case (true, false): result.derivative = y.derivative
    default: result.derivative = x.derivative
    }
    return result
  }

  private static func isJump(of rule: FloatingPointRoundingRule, at x: Double) -> Bool {
    guard x.isFinite else { return false }
    switch rule {
    case .down, .up, .towardZero, .awayFromZero:
      return x == x.rounded(.towardZero) && (rule == .down || rule == .up || x != 0)
    default:
      return (x - x.rounded(.down)) == 0.5
    }
  }
}

/// `abs(x)` of a dual number; see ``Dual/magnitude``.
public func abs(_ x: Dual) -> Dual { x.magnitude }
/// `max(x, y)` of dual numbers; see ``Dual/maximum(of:_:)``.
public func max(_ x: Dual, _ y: Dual) -> Dual { Dual.maximum(of: x, y) }
/// `max(x, c)` with a constant.
public func max(_ x: Dual, _ y: Double) -> Dual { Dual.maximum(of: x, Dual(y)) }
/// `max(c, y)` with a constant (ReLU is `max(0, x)`).
public func max(_ x: Double, _ y: Dual) -> Dual { Dual.maximum(of: Dual(x), y) }
/// `min(x, y)` of dual numbers; see ``Dual/minimum(of:_:)``.
public func min(_ x: Dual, _ y: Dual) -> Dual { Dual.minimum(of: x, y) }
/// `min(x, c)` with a constant.
public func min(_ x: Dual, _ y: Double) -> Dual { Dual.minimum(of: x, Dual(y)) }
/// `min(c, y)` with a constant.
public func min(_ x: Double, _ y: Dual) -> Dual { Dual.minimum(of: Dual(x), y) }
/// `floor(x)`: derivative 0.
public func floor(_ x: Dual) -> Dual { x.rounded(.down) }
/// `ceil(x)`: derivative 0.
public func ceil(_ x: Dual) -> Dual { x.rounded(.up) }
/// `round(x)`: half away from zero, derivative 0.
public func round(_ x: Dual) -> Dual { x.rounded(.toNearestOrAwayFromZero) }
