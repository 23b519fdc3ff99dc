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
    switch value {
    case .dual(let box): return box.tag
    case .flatDual(let flat): return Int(flat.tag)
    default: return 0
    }
  }

  static func isDual(_ value: Value) -> Bool {
    switch value {
    case .dual, .flatDual: return true
    default: return false
    }
  }

  /// Whether a derivative is exactly zero at every level: the rule table's structural zero.
  static func isZero(_ value: Value) -> Bool {
    switch value {
    case .double(let x): return x == 0
    case .int(let x): return x == 0
    case .flatDual(let flat): return flat.value == 0 && flat.derivative == 0
    case .dual(let box): return isZero(box.value) && isZero(box.derivative)
    case .symbolic(let box): return box.expression?.constantValue == 0
    default: return false
    }
  }

  /// The plain `Double` at the bottom of a value (NaN for a formula).
  static func primal(_ value: Value) -> Double {
    switch value {
    case .double(let x): return x
    case .flatDual(let flat): return flat.value
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
    case .flatDual(let flat): return flat.value
    case .dual(let box): return comparable(box.value)
    case .int(let x): return Double(x)
    default: return nil
    }
  }

  /// A dual number of the differentiation `tag`, flat when both parts are plain doubles.
  static func dual(tag: Int, value: Value, derivative: Value, kinks: KinkSet) -> Value {
    if case .double(let x) = value, case .double(let dx) = derivative, let small = UInt32(exactly: tag) {
      return .flatDual(FlatDual(value: x, derivative: dx, tag: small, kinks: kinks))
    }
    return .dual(DualBox(tag: tag, value: value, derivative: derivative, varies: true, kinks: kinks))
  }

  // MARK: - First derivatives

  /// A `Double` operand as a plain ``Dual`` of the differentiation `tag` (0 for a constant), when it is a flat
  /// dual number or a plain number: the case of every first derivative.
  @inline(__always) private static func flat(_ value: Value) -> (tag: UInt32, dual: Dual)? {
    switch value {
    case .flatDual(let flat): return (flat.tag, flat.dual)
    case .double(let x): return (0, Dual(x))
    case .int(let x): return (0, Dual(Double(x)))
    default: return nil
    }
  }

  @inline(__always) private static func flat(_ dual: Dual, tag: UInt32) -> Value {
    .flatDual(FlatDual(value: dual.value, derivative: dual.derivative, tag: tag, kinks: dual.kinks))
  }

  // MARK: - Any level

  static func dualApply(_ operation: BinaryOperation, _ lhs: Value, _ rhs: Value) -> Value {
    // Operands of one differentiation (or a constant) with plain parts: `Dual`'s arithmetic is the same rule
    // table on `Double`, specialised, where the general path below runs it on `Value`s.
    if let a = flat(lhs), let b = flat(rhs), a.tag == b.tag || a.tag == 0 || b.tag == 0 {
      return flat(Dual.apply(operation, a.dual, b.dual), tag: Swift.max(a.tag, b.tag))
    }
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
    return dual(tag: tag, value: value, derivative: tangent?.value ?? .double(0), kinks: kinks)
  }

  /// A smooth function of a dual number: `f(x)` and `f′(x) · dx`, skipping the rule when `dx` is a structural
  /// zero, as `Dual` does.
  static func dualApply(_ function: ElementaryFunction, _ operand: Value) -> Value {
    if let a = flat(operand) { return flat(Dual.apply(function, to: a.dual), tag: a.tag) }
    let tag = tag(operand)
    let a = DualPart(operand, tag: tag)
    let value = apply(function, a.value)
    var derivative = Value.double(0)
    var kinks = a.kinks
    if let tangent = a.tangent {
      let slope = function.derivative(at: DualScalar(wrapping: a.value), result: DualScalar(wrapping: value))
      derivative = apply(.multiply, slope.value, tangent)
      if let kink = function.kink(at: primal(a.value)) { kinks.insert(KinkSet(kink)) }
    }
    return dual(tag: tag, value: value, derivative: derivative, kinks: kinks)
  }

  static func dualNegate(_ operand: Value) -> Value {
    if let a = flat(operand) { return flat(-a.dual, tag: a.tag) }
    let tag = tag(operand)
    let a = DualPart(operand, tag: tag)
    return dual(tag: tag, value: negate(a.value), derivative: negate(a.derivative), kinks: a.kinks)
  }

  /// `abs` or a rounding of a dual number, with `Dual`'s conventions at the kinks and jumps.
  static func dualApply(_ function: NonSmoothFunction, name: String, _ operand: Value) -> Value {
    let tag = tag(operand)
    let a = DualPart(operand, tag: tag)
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
    return dual(tag: tag, value: value, derivative: derivative, kinks: kinks)
  }

  /// `x.truncatingRemainder(dividingBy: y)` (`truncating`) or `x.remainder(dividingBy: y)`: `x - q · y` with
  /// the quotient `q` rounded toward zero or to nearest, so the derivative is `dx - q · dy`.
  static func remainder(_ x: Value, _ y: Value, truncating: Bool) -> Value {
    let name = truncating ? "'truncatingRemainder'" : "'remainder'"
    switch (x, y) {
    case (.double(let a), .double(let b)):
      return .double(truncating ? a.truncatingRemainder(dividingBy: b) : a.remainder(dividingBy: b))
    case (.dual, _), (_, .dual), (.flatDual, _), (_, .flatDual):
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
      return dual(tag: tag, value: value, derivative: derivative, kinks: kinks)
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
    return dual(tag: tag, value: value, derivative: derivative, kinks: kinks)
  }

  // MARK: - Reading a differentiation's result

  /// The part of `value` that does not depend on the variable of `tag`.
  static func primalPart(_ value: Value, tag: Int) -> Value {
    if case .flatDual(let flat) = value, Int(flat.tag) == tag { return .double(flat.value) }
    guard let box = value.dualBox, box.tag >= tag else { return value }
    if box.tag == tag { return box.value }
    // A dual number of a later differentiation that escaped it (through a captured variable): take the
    // part in each of its parts.
    return dual(
      tag: box.tag,
      value: primalPart(box.value, tag: tag),
      derivative: primalPart(box.derivative, tag: tag),
      kinks: box.kinks
    )
  }

  /// The derivative of `value` with respect to the variable of `tag`.
  static func derivativePart(_ value: Value, tag: Int) -> Value {
    if case .flatDual(let flat) = value, Int(flat.tag) == tag { return .double(flat.derivative) }
    guard let box = value.dualBox, box.tag >= tag else { return .double(0) }
    if box.tag == tag { return box.derivative }
    return dual(
      tag: box.tag,
      value: derivativePart(box.value, tag: tag),
      derivative: derivativePart(box.derivative, tag: tag),
      kinks: box.kinks
    )
  }

  /// Every point without a derivative recorded anywhere in a value.
  static func kinks(of value: Value) -> KinkSet {
    switch value {
    case .flatDual(let flat): return flat.kinks
    case .dual(let box): return box.kinks.union(kinks(of: box.value)).union(kinks(of: box.derivative))
    default: return []
    }
  }
}
