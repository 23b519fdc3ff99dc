/// A point where a function has no (finite) derivative and ``Dual`` arithmetic uses a fixed convention instead.
///
/// The conventions are the spec's: `abs′(0) = 0`; at a tie of `max`/`min`, the derivative of a constant
/// argument wins (so ReLU `max(0, x)` has derivative 0 at 0), and between two varying arguments each gets half;
/// `sqrt′(0) = +infinity`; `floor`, `ceil` and `round` have derivative 0, also at their jumps.
///
/// A ``Dual`` collects the kinks met while computing it in ``Dual/kinks``, so an interpreter can print one
/// note per derivative: `for kink in result.kinks.members { print(kink.note) }`.
public enum Kink: Int, CaseIterable, Hashable, Sendable, CustomStringConvertible {
  /// `abs(x)` or `x.magnitude` at `x = 0`: the derivative is taken to be 0.
  case absoluteValueAtZero
  /// `max(a, b)` with `a == b`.
  case maximumTie
  /// `min(a, b)` with `a == b`.
  case minimumTie
  /// `sqrt(x)` (or `pow(x, p)` with `0 < p < 1`) at `x = 0`: the derivative is `+infinity`.
  case squareRootAtZero
  /// `floor`, `ceil`, `round` or `rounded()` exactly at a jump: the derivative is taken to be 0.
  case stepJump

  /// A one-line note for the notebook's output, stating the convention that was used.
  public var note: String {
    switch self {
    case .absoluteValueAtZero:
      return "abs is not differentiable at 0; using the derivative 0"
    case .maximumTie:
      return "max is not differentiable where its arguments are equal; using the derivative of the constant "
        + "argument, or the average of both"
    case .minimumTie:
      return "min is not differentiable where its arguments are equal; using the derivative of the constant "
        + "argument, or the average of both"
    case .squareRootAtZero:
      return "sqrt is not differentiable at 0; using the derivative +infinity"
    case .stepJump:
      return "rounding jumps here and is not differentiable; using the derivative 0"
    }
  }

  /// The same as ``note``.
  public var description: String { note }
}

/// A set of ``Kink``s, cheap enough to travel inside every ``Dual``.
public struct KinkSet: OptionSet, Hashable, Sendable, CustomStringConvertible {
  /// One bit per ``Kink`` case, by its raw value.
  public let rawValue: UInt8

  /// Creates the set from its bits.
  public init(rawValue: UInt8) {
    self.rawValue = rawValue
  }

  /// The set holding one kink.
  public init(_ kink: Kink) {
    self.rawValue = 1 << UInt8(kink.rawValue)
  }

  /// Whether the set holds `kink`.
  public func contains(_ kink: Kink) -> Bool {
    contains(KinkSet(kink))
  }

  /// The kinks in the set, in declaration order.
  public var members: [Kink] {
    Kink.allCases.filter { contains($0) }
  }

  /// The members' notes, one a line.
  public var description: String {
    members.map(\.note).joined(separator: "\n")
  }
}
