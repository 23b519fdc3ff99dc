import SlopeCalculus

/// A tagged dual number: a value and its derivative with respect to the variable of one differentiation.
///
/// Every call of `derivative(at:of:)` and its family seeds its variable with a fresh ``tag``. The parts are
/// `Double` values of the language, so they may themselves be dual numbers of enclosing differentiations
/// (always with smaller tags): `derivative(at: 1, of: derivative(of: f))` computes with
/// `D₂(D₁(1, 1), 1)` and reads `f″(1)` off the result. Keeping the perturbations of different
/// differentiations apart by their tags is what makes nesting correct ("perturbation confusion"): an inner
/// derivative sees an outer variable as a constant that still carries the outer perturbation.
///
/// With plain `Double` parts the arithmetic is the same, operation for operation, as `SlopeCalculus.Dual`,
/// so first derivatives come out bit for bit as they do there.
final class DualBox {
  /// Which differentiation the perturbation belongs to; a differentiation started later has a larger tag.
  let tag: Int
  /// The primal part: a `.double`, a dual number of a smaller tag, or a formula during `formula(of:)`.
  let value: Value
  /// The derivative with respect to this tag's variable, of the same kinds as ``value``.
  let derivative: Value
  /// Whether the value depends on this tag's variables; decides ties of `max`/`min` (see `Dual.varies`).
  let varies: Bool
  /// The points without a derivative met at this tag (the parts record their own).
  let kinks: KinkSet

  init(tag: Int, value: Value, derivative: Value, varies: Bool, kinks: KinkSet = []) {
    self.tag = tag
    self.value = value
    self.derivative = derivative
    self.varies = varies
    self.kinks = kinks
  }

  /// The variable of a differentiation: `point` with derivative `derivative` (1 for the seeded variable, 0
  /// for the other variables of a gradient pass).
  static func variable(_ point: Value, tag: Int, derivative: Double = 1) -> Value {
    Arithmetic.dual(tag: tag, value: point, derivative: .double(derivative), kinks: [])
  }
}

/// A dual number whose parts are plain doubles, stored inline in a `Value`: every first derivative computes
/// with these, and an operation on them allocates nothing.
///
/// - Note: A boxed ``DualBox`` costs an allocation, a release and a free per arithmetic operation, several
///   times the operation itself; inline, `derivative(at:of:)` costs a small multiple of a plain call. The
///   general form stays for nesting and formulas, whose parts are not plain doubles. ``Arithmetic/dual(tag:value:derivative:kinks:)``
///   picks the form, so a dual number with plain parts is always flat.
struct FlatDual {
  var value: Double
  var derivative: Double
  /// The differentiation's tag (see ``DualBox/tag``); tags past `UInt32.max` use the boxed form.
  var tag: UInt32
  var kinks: KinkSet

  /// The same number as SlopeCalculus computes with it. Every dual number of the language depends on its
  /// differentiation's variables (see ``DualBox/varies``).
  var dual: Dual { Dual(value: value, derivative: derivative, varies: true, kinks: kinks) }
}

extension Value {
  /// The dual number the value holds, in the general form; `nil` for any other value.
  ///
  /// - Note: A flat dual number is boxed here, which allocates: for the rare paths (nesting, kinks, formulas).
  var dualBox: DualBox? {
    switch self {
    case .dual(let box): return box
    case .flatDual(let flat):
      return DualBox(
        tag: Int(flat.tag),
        value: .double(flat.value),
        derivative: .double(flat.derivative),
        varies: true,
        kinks: flat.kinks
      )
    default: return nil
    }
  }
}

/// A `Double` operand as one differentiation sees it: its primal part and its derivative for that tag.
///
/// An operand without the tag is a constant there: its derivative is a structural zero (`nil`), and the
/// perturbations of other differentiations it carries stay inside ``value``.
struct DualPart {
  let value: Value
  /// The derivative; `nil` when it is exactly zero at every level, the rule table's structural zero.
  let tangent: Value?
  /// The derivative as a value (0 for a constant).
  let derivative: Value
  let varies: Bool
  let kinks: KinkSet

  init(_ operand: Value, tag: Int) {
    if case .flatDual(let flat) = operand, Int(flat.tag) == tag {
      value = .double(flat.value)
      derivative = .double(flat.derivative)
      tangent = flat.derivative == 0 ? nil : derivative
      varies = true
      kinks = flat.kinks
    } else if case .dual(let box) = operand, box.tag == tag {
      value = box.value
      derivative = box.derivative
      tangent = Arithmetic.isZero(box.derivative) ? nil : box.derivative
      varies = box.varies
      kinks = box.kinks
    } else {
      if case .int(let integer) = operand { value = .double(Double(integer)) } else { value = operand }
      derivative = .double(0)
      tangent = nil
      varies = false
      kinks = []
    }
  }
}

/// A `Double` value of the language as a ``DerivativeAlgebra``, so that SlopeCalculus's rule table (written
/// once, generically) computes derivatives whose parts are themselves dual numbers or formulas.
struct DualScalar: DerivativeAlgebra {
  let value: Value

  init(wrapping value: Value) { self.value = value }
  init(_ constant: Double) { value = .double(constant) }

  static func + (lhs: DualScalar, rhs: DualScalar) -> DualScalar {
    DualScalar(wrapping: Arithmetic.apply(.add, lhs.value, rhs.value))
  }

  static func - (lhs: DualScalar, rhs: DualScalar) -> DualScalar {
    DualScalar(wrapping: Arithmetic.apply(.subtract, lhs.value, rhs.value))
  }

  static func * (lhs: DualScalar, rhs: DualScalar) -> DualScalar {
    DualScalar(wrapping: Arithmetic.apply(.multiply, lhs.value, rhs.value))
  }

  static func / (lhs: DualScalar, rhs: DualScalar) -> DualScalar {
    DualScalar(wrapping: Arithmetic.apply(.divide, lhs.value, rhs.value))
  }

  static prefix func - (operand: DualScalar) -> DualScalar {
    DualScalar(wrapping: Arithmetic.negate(operand.value))
  }

  static func apply(_ function: ElementaryFunction, to operand: DualScalar) -> DualScalar {
    DualScalar(wrapping: Arithmetic.apply(function, operand.value))
  }

  static func apply(_ operation: BinaryOperation, _ lhs: DualScalar, _ rhs: DualScalar) -> DualScalar {
    DualScalar(wrapping: Arithmetic.apply(operation, lhs.value, rhs.value))
  }
}
