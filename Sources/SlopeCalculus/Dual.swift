/// A forward-mode dual number: a value and its derivative with respect to one chosen variable.
///
/// Seed the variable with ``variable(_:)`` (derivative 1), turn every other number into a constant with
/// ``init(_:)``, run the computation with the operators and free functions of this module (`sin`, `pow`,
/// `max`, `abs`, …), and read ``derivative`` off the result:
///
/// ```swift
/// let x = Dual.variable(1)
/// let y = 2 * x * x          // y.value == 2.0, y.derivative == 4.0
/// ```
///
/// For a partial derivative of a function of several variables, seed the chosen one with ``variable(_:)`` and
/// the others with ``init(value:derivative:varies:)`` using derivative 0 and `varies: true`, one pass per
/// variable; `varies` matters only for the tie rule of `max`/`min`.
///
/// Values are computed exactly as a compiled Swift program computes them (same operations, same order), so the
/// value part always prints what Swift prints. Derivatives follow the shared rule table (``ElementaryFunction``,
/// ``BinaryOperation``) and are within a few ulp of the exact derivative scaled by `max(|f|, |f′|, 1)`;
/// polynomials with small integer coefficients at small integers are exact.
///
/// Where a function has no derivative the result follows a fixed convention and the point is recorded in
/// ``kinks`` (see ``Kink``), so the caller can print a note.
public struct Dual: Hashable, Sendable {
  /// The primal value, exactly what the same code computes on `Double`.
  public var value: Double
  /// The derivative of ``value`` with respect to the seeded variable.
  public var derivative: Double
  /// Whether the value depends on a differentiation variable. Constants do not; it decides ties in `max`/`min`
  /// (a constant argument's derivative wins; two varying arguments share equally).
  public var varies: Bool
  /// The non-differentiable points met while computing this value (see ``Kink``).
  public var kinks: KinkSet

  /// Creates a dual number with every field given.
  public init(value: Double, derivative: Double, varies: Bool, kinks: KinkSet = []) {
    self.value = value
    self.derivative = derivative
    self.varies = varies
    self.kinks = kinks
  }

  /// Creates a dual number that varies exactly when its derivative is nonzero.
  public init(value: Double, derivative: Double) {
    self.init(value: value, derivative: derivative, varies: derivative != 0)
  }

  /// A constant: derivative 0, not varying.
  public init(_ constant: Double) {
    self.init(value: constant, derivative: 0, varies: false)
  }

  /// The variable of differentiation at `value`: derivative 1.
  public static func variable(_ value: Double) -> Dual {
    Dual(value: value, derivative: 1, varies: true)
  }

  /// The derivative as an optional: `nil` when it is exactly zero, which the rule table treats as a structural
  /// zero (see ``BinaryOperation``).
  @usableFromInline var tangent: Double? {
    derivative == 0 ? nil : derivative
  }

  /// The value and derivative as the labelled tuple the notebook prelude returns.
  public var tuple: (value: Double, derivative: Double) {
    (value, derivative)
  }
}

extension Dual: CustomStringConvertible {
  /// Prints like Swift prints the tuple `(value: 8.0, derivative: 8.0)`.
  public var description: String {
    "(value: \(value), derivative: \(derivative))"
  }
}
