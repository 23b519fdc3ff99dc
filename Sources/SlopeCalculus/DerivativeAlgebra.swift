import Foundation

/// The operations a derivative rule may use, so that each rule is written once and serves every kind of number.
///
/// `Double` conforms (plain evaluation), ``Dual`` conforms (forward-mode differentiation) and
/// ``SymbolicExpression`` conforms (symbolic differentiation). The rules in ``ElementaryFunction`` and
/// ``BinaryOperation`` are generic over this protocol, in the style of DiffRules.jl: a rule such as
/// `tanh′(x) = 1 - tanh(x)²` is one line that produces a `Double` for ``Dual`` and a formula for
/// ``SymbolicExpression``.
///
/// Code written generically over `DerivativeAlgebra` (using the operators and the free functions `sin`, `exp`,
/// `pow`, … declared in this module) can be run on all three types: that is how the test catalogue checks that
/// the three derivative engines agree.
///
/// Mixed operations with a `Double` are requirements, with default implementations that convert the `Double`
/// with ``init(_:)``; ``Dual`` overrides them so that `2 * x` costs no extra derivative arithmetic.
public protocol DerivativeAlgebra {
  /// A constant: its derivative with respect to anything is zero.
  init(_ constant: Double)

  /// Sum.
  static func + (lhs: Self, rhs: Self) -> Self
  /// Difference.
  static func - (lhs: Self, rhs: Self) -> Self
  /// Product.
  static func * (lhs: Self, rhs: Self) -> Self
  /// Quotient.
  static func / (lhs: Self, rhs: Self) -> Self
  /// Negation.
  static prefix func - (operand: Self) -> Self

  /// Sum with a constant on the right.
  static func + (lhs: Self, rhs: Double) -> Self
  /// Sum with a constant on the left.
  static func + (lhs: Double, rhs: Self) -> Self
  /// Difference with a constant on the right.
  static func - (lhs: Self, rhs: Double) -> Self
  /// Difference with a constant on the left.
  static func - (lhs: Double, rhs: Self) -> Self
  /// Product with a constant on the right.
  static func * (lhs: Self, rhs: Double) -> Self
  /// Product with a constant on the left.
  static func * (lhs: Double, rhs: Self) -> Self
  /// Quotient by a constant.
  static func / (lhs: Self, rhs: Double) -> Self
  /// A constant divided by a value.
  static func / (lhs: Double, rhs: Self) -> Self

  /// Applies a smooth function of one argument (`sin`, `exp`, …).
  static func apply(_ function: ElementaryFunction, to operand: Self) -> Self
  /// Applies `pow` or `atan2`; the arithmetic cases of ``BinaryOperation`` must agree with the operators.
  static func apply(_ operation: BinaryOperation, _ lhs: Self, _ rhs: Self) -> Self
}

extension DerivativeAlgebra {
  /// Default: converts the constant and uses the homogeneous operator.
  @inlinable public static func + (lhs: Self, rhs: Double) -> Self { lhs + Self(rhs) }
  /// Default: converts the constant and uses the homogeneous operator.
  @inlinable public static func + (lhs: Double, rhs: Self) -> Self { Self(lhs) + rhs }
  /// Default: converts the constant and uses the homogeneous operator.
  @inlinable public static func - (lhs: Self, rhs: Double) -> Self { lhs - Self(rhs) }
  /// Default: converts the constant and uses the homogeneous operator.
  @inlinable public static func - (lhs: Double, rhs: Self) -> Self { Self(lhs) - rhs }
  /// Default: converts the constant and uses the homogeneous operator.
  @inlinable public static func * (lhs: Self, rhs: Double) -> Self { lhs * Self(rhs) }
  /// Default: converts the constant and uses the homogeneous operator.
  @inlinable public static func * (lhs: Double, rhs: Self) -> Self { Self(lhs) * rhs }
  /// Default: converts the constant and uses the homogeneous operator.
  @inlinable public static func / (lhs: Self, rhs: Double) -> Self { lhs / Self(rhs) }
  /// Default: converts the constant and uses the homogeneous operator.
  @inlinable public static func / (lhs: Double, rhs: Self) -> Self { Self(lhs) / rhs }
}

extension Double: DerivativeAlgebra {
  /// Evaluates the function with Foundation's implementation.
  @inlinable public static func apply(_ function: ElementaryFunction, to operand: Double) -> Double {
    function.evaluate(operand)
  }

  /// Evaluates the operation with Swift's or Foundation's implementation.
  @inlinable public static func apply(_ operation: BinaryOperation, _ lhs: Double, _ rhs: Double) -> Double {
    operation.evaluate(lhs, rhs)
  }
}

// Free functions spelled as Foundation spells them, so that generic code reads like the notebook code it mirrors.
// For `Double` arguments Foundation's non-generic functions are chosen, so these add no ambiguity.

/// `sqrt` for any ``DerivativeAlgebra`` value.
@inlinable public func sqrt<T: DerivativeAlgebra>(_ x: T) -> T { T.apply(.sqrt, to: x) }
/// `exp` for any ``DerivativeAlgebra`` value.
@inlinable public func exp<T: DerivativeAlgebra>(_ x: T) -> T { T.apply(.exp, to: x) }
/// Natural logarithm for any ``DerivativeAlgebra`` value.
@inlinable public func log<T: DerivativeAlgebra>(_ x: T) -> T { T.apply(.log, to: x) }
/// Base-2 logarithm for any ``DerivativeAlgebra`` value.
@inlinable public func log2<T: DerivativeAlgebra>(_ x: T) -> T { T.apply(.log2, to: x) }
/// Base-10 logarithm for any ``DerivativeAlgebra`` value.
@inlinable public func log10<T: DerivativeAlgebra>(_ x: T) -> T { T.apply(.log10, to: x) }
/// `sin` for any ``DerivativeAlgebra`` value.
@inlinable public func sin<T: DerivativeAlgebra>(_ x: T) -> T { T.apply(.sin, to: x) }
/// `cos` for any ``DerivativeAlgebra`` value.
@inlinable public func cos<T: DerivativeAlgebra>(_ x: T) -> T { T.apply(.cos, to: x) }
/// `tan` for any ``DerivativeAlgebra`` value.
@inlinable public func tan<T: DerivativeAlgebra>(_ x: T) -> T { T.apply(.tan, to: x) }
/// `asin` for any ``DerivativeAlgebra`` value.
@inlinable public func asin<T: DerivativeAlgebra>(_ x: T) -> T { T.apply(.asin, to: x) }
/// `acos` for any ``DerivativeAlgebra`` value.
@inlinable public func acos<T: DerivativeAlgebra>(_ x: T) -> T { T.apply(.acos, to: x) }
/// `atan` for any ``DerivativeAlgebra`` value.
@inlinable public func atan<T: DerivativeAlgebra>(_ x: T) -> T { T.apply(.atan, to: x) }
/// `sinh` for any ``DerivativeAlgebra`` value.
@inlinable public func sinh<T: DerivativeAlgebra>(_ x: T) -> T { T.apply(.sinh, to: x) }
/// `cosh` for any ``DerivativeAlgebra`` value.
@inlinable public func cosh<T: DerivativeAlgebra>(_ x: T) -> T { T.apply(.cosh, to: x) }
/// `tanh` for any ``DerivativeAlgebra`` value.
@inlinable public func tanh<T: DerivativeAlgebra>(_ x: T) -> T { T.apply(.tanh, to: x) }

/// `pow(x, y)` for any ``DerivativeAlgebra`` values.
@inlinable public func pow<T: DerivativeAlgebra>(_ x: T, _ y: T) -> T { T.apply(.power, x, y) }
/// `pow(x, y)` with a constant exponent.
@inlinable public func pow<T: DerivativeAlgebra>(_ x: T, _ y: Double) -> T { T.apply(.power, x, T(y)) }
/// `pow(x, y)` with a constant base.
@inlinable public func pow<T: DerivativeAlgebra>(_ x: Double, _ y: T) -> T { T.apply(.power, T(x), y) }
/// `atan2(y, x)`, the angle of the point (x, y), for any ``DerivativeAlgebra`` values.
@inlinable public func atan2<T: DerivativeAlgebra>(_ y: T, _ x: T) -> T { T.apply(.atan2, y, x) }
