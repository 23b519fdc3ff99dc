import Foundation
import SlopeCalculus

/// A function of one `Double` without a derivative at some points (see ``Arithmetic/apply(_:name:_:)``).
enum NonSmoothFunction {
  /// `abs(x)`, `x.magnitude`.
  case magnitude
  /// `floor`, `ceil`, `round`, `x.rounded()`.
  case rounded(FloatingPointRoundingRule)

  func evaluate(_ x: Double) -> Double {
    switch self {
    case .magnitude: return x.magnitude
    case .rounded(let rule): return x.rounded(rule)
    }
  }
}

/// The arithmetic of tagged dual numbers (``DualBox``).
///
/// Each rule combines the operands at the outermost tag among them; an operand without that tag is a
/// constant there, and the parts are combined by the same `Value` arithmetic, which recurses into the
/// enclosing differentiations. The derivative rules are SlopeCalculus's own (``BinaryOperation``,
/// ``ElementaryFunction``), and the conventions at points without a derivative are `Dual`'s, read off a
/// plain `Dual` probe so that they are written in one place.
extension Arithmetic {
  /// The tag of the outermost differentiation a value belongs to; 0 for a plain value.
  static func tag(_ value: Value) -> Int {
    if case .dual(let box) = value { return box.tag }
    return 0
  }

  static func isDual(_ value: Value) -> Bool {
    if case .dual = value { return true }
    return false
  }

  /// Whether a derivative is exactly zero at every level: the rule table's structural zero.
  static func isZero(_ value: Value) -> Bool {
    switch value {
    case .double(let x): return x == 0
    case .int(let x): return x == 0
    case .dual(let box): return isZero(box.value) && isZero(box.derivative)
    case .symbolic(let box): return box.expression?.constantValue == 0
    default: return false
    }
  }

  /// The plain `Double` at the bottom of a value (NaN for a formula).
  static func primal(_ value: Value) -> Double {
    switch value {
    case .double(let x): return x
    case .dual(let box): return primal(box.value)
    case .int(let x): return Double(x)
    default: return .nan
    }
  }

  /// The plain `Double` a comparison looks at, or `nil` when the value is (or depends on) a formula, which a
  /// comparison cannot branch on.
  static func comparable(_ value: Value) -> Double? {
    switch value {
    case .double(let x): return x
    case .dual(let box): return comparable(box.value)
    case .int(let x): return Double(x)
    default: return nil
    }
  }

  static func dualApply(_ operation: BinaryOperation, _ lhs: Value, _ rhs: Value) -> Value {
    let tag = Swift.max(tag(lhs), tag(rhs))
    let (a, b) = (DualPart(lhs, tag: tag), DualPart(rhs, tag: tag))
    let value = apply(operation, a.value, b.value)
    var kinks = a.kinks.union(b.kinks)
    if operation == .power, b.tangent == nil, a.tangent != nil, primal(a.value) == 0 {
      let exponent = primal(b.value)
      if exponent > 0 && exponent < 1 { kinks.insert(KinkSet(.squareRootAtZero)) }
    }
    let tangent = operation.tangent(
      lhs: DualScalar(wrapping: a.value),
      rhs: DualScalar(wrapping: b.value),
      result: DualScalar(wrapping: value),
      lhsTangent: a.tangent.map(DualScalar.init(wrapping:)),
      rhsTangent: b.tangent.map(DualScalar.init(wrapping:))
    )
    return .dual(
      DualBox(
        tag: tag,
        value: value,
        derivative: tangent?.value ?? .double(0),
        varies: a.varies || b.varies,
        kinks: kinks
      )
    )
  }

  /// A smooth function of a dual number: `f(x)` and `f′(x) · dx`, skipping the rule when `dx` is a structural
  /// zero, as `Dual` does.
  static func dualApply(_ function: ElementaryFunction, _ operand: DualBox) -> Value {
    let a = DualPart(.dual(operand), tag: operand.tag)
    let value = apply(function, a.value)
    var derivative = Value.double(0)
    var kinks = a.kinks
    if let tangent = a.tangent {
      let slope = function.derivative(at: DualScalar(wrapping: a.value), result: DualScalar(wrapping: value))
      derivative = apply(.multiply, slope.value, tangent)
      if let kink = function.kink(at: primal(a.value)) { kinks.insert(KinkSet(kink)) }
    }
    return .dual(DualBox(tag: operand.tag, value: value, derivative: derivative, varies: a.varies, kinks: kinks))
  }

  static func dualNegate(_ operand: DualBox) -> Value {
    .dual(
      DualBox(
        tag: operand.tag,
        value: negate(operand.value),
        derivative: negate(operand.derivative),
        varies: operand.varies,
        kinks: operand.kinks
      )
    )
  }

  /// `abs` or a rounding of a dual number, with `Dual`'s conventions at the kinks and jumps.
  static func dualApply(_ function: NonSmoothFunction, name: String, _ operand: DualBox) -> Value {
    let a = DualPart(.dual(operand), tag: operand.tag)
    let value = apply(a.value, name: name, function)
    var kinks = a.kinks
    var derivative = Value.double(0)
    if let tangent = a.tangent {
      let point = Dual.variable(primal(a.value))
      let probe: Dual
      switch function {
      case .magnitude: probe = point.magnitude
      case .rounded(let rule): probe = point.rounded(rule)
      }
      kinks.formUnion(probe.kinks)
      // The probe's derivative is the sign of `x` (±1), 0 at a kink or a step, or NaN.
      if probe.derivative == 1 {
        derivative = tangent
      } else if probe.derivative == -1 {
        derivative = negate(tangent)
      } else if probe.derivative.isNaN {
        derivative = .double(.nan)
      }
    }
    return .dual(DualBox(tag: operand.tag, value: value, derivative: derivative, varies: a.varies, kinks: kinks))
  }

  /// `x.truncatingRemainder(dividingBy: y)` (`truncating`) or `x.remainder(dividingBy: y)`: `x - q · y` with
  /// the quotient `q` rounded toward zero or to nearest, so the derivative is `dx - q · dy`.
  static func remainder(_ x: Value, _ y: Value, truncating: Bool) -> Value {
    let name = truncating ? "'truncatingRemainder'" : "'remainder'"
    switch (x, y) {
    case (.double(let a), .double(let b)):
      return .double(truncating ? a.truncatingRemainder(dividingBy: b) : a.remainder(dividingBy: b))
    case (.dual, _), (_, .dual):
      let tag = Swift.max(tag(x), tag(y))
      let (a, b) = (DualPart(x, tag: tag), DualPart(y, tag: tag))
      let value = remainder(a.value, b.value, truncating: truncating)
      let quotient = (primal(a.value) / primal(b.value)).rounded(truncating ? .towardZero : .toNearestOrEven)
      let derivative = apply(
        .subtract,
        a.tangent ?? .double(0),
        b.tangent.map { apply(.multiply, .double(quotient), $0) } ?? .double(0)
      )
      var kinks = a.kinks.union(b.kinks)
      let result = primal(value)
      let atJump = truncating ? result == 0 : result.magnitude == (primal(b.value) / 2).magnitude
      if atJump && (a.tangent != nil || b.tangent != nil) { kinks.insert(KinkSet(.stepJump)) }
      return .dual(DualBox(tag: tag, value: value, derivative: derivative, varies: a.varies || b.varies, kinks: kinks))
    case (.symbolic, _), (_, .symbolic):
      return poisoned(x, .symbolic(SymbolicBox(unsupported: name)))
    default:
      return remainder(.double(x.asDouble), .double(y.asDouble), truncating: truncating)
    }
  }

  /// Swift's `max(x, y)` (`y >= x ? y : x`) or `min(x, y)` (`y < x ? y : x`) on `Double` values, with `Dual`'s
  /// tie rule at every level: two varying arguments share the derivative, a constant's derivative wins.
  static func extremum(_ x: Value, _ y: Value, max isMax: Bool) -> Value {
    if case .double(let a) = x, case .double(let b) = y { return .double(isMax ? Swift.max(a, b) : Swift.min(a, b)) }
    if !isDual(x) && !isDual(y) {
      if case .symbolic = x { return .symbolic(SymbolicBox(unsupported: isMax ? "'max'" : "'min'")) }
      if case .symbolic = y { return .symbolic(SymbolicBox(unsupported: isMax ? "'max'" : "'min'")) }
      return extremum(.double(x.asDouble), .double(y.asDouble), max: isMax)
    }
    let tag = Swift.max(tag(x), tag(y))
    let (a, b) = (DualPart(x, tag: tag), DualPart(y, tag: tag))
    let (p, q) = (primal(a.value), primal(b.value))
    let chosen = (isMax ? q >= p : q < p) ? b : a
    var kinks = a.kinks.union(b.kinks)
    var value = chosen.value
    var derivative = chosen.derivative
    if p == q {
      // The parts tie too, so the enclosing differentiations apply their own tie rule.
      value = extremum(a.value, b.value, max: isMax)
      if a.varies || b.varies {
        kinks.insert(KinkSet(isMax ? .maximumTie : .minimumTie))
        switch (a.varies, b.varies) {
        case (true, true): derivative = apply(.multiply, apply(.add, a.derivative, b.derivative), .double(0.5))
        case (true, false): derivative = b.derivative
        default: derivative = a.derivative
        }
      }
    }
    return .dual(DualBox(tag: tag, value: value, derivative: derivative, varies: a.varies || b.varies, kinks: kinks))
  }

  // MARK: - Reading a differentiation's result

  /// The part of `value` that does not depend on the variable of `tag`.
  static func primalPart(_ value: Value, tag: Int) -> Value {
    guard case .dual(let box) = value, box.tag >= tag else { return value }
    if box.tag == tag { return box.value }
    // A dual number of a later differentiation that escaped it (through a captured variable): take the
    // part in each of its parts.
    return .dual(
      DualBox(
        tag: box.tag,
        value: primalPart(box.value, tag: tag),
        derivative: primalPart(box.derivative, tag: tag),
        varies: box.varies,
        kinks: box.kinks
      )
    )
  }

  /// The derivative of `value` with respect to the variable of `tag`.
  static func derivativePart(_ value: Value, tag: Int) -> Value {
    guard case .dual(let box) = value, box.tag >= tag else { return .double(0) }
    if box.tag == tag { return box.derivative }
    return .dual(
      DualBox(
        tag: box.tag,
        value: derivativePart(box.value, tag: tag),
        derivative: derivativePart(box.derivative, tag: tag),
        varies: box.varies,
        kinks: box.kinks
      )
    )
  }

  /// Every point without a derivative recorded anywhere in a value.
  static func kinks(of value: Value) -> KinkSet {
    guard case .dual(let box) = value else { return [] }
    return box.kinks.union(kinks(of: box.value)).union(kinks(of: box.derivative))
  }
}
