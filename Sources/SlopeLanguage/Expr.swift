import SwiftSyntax

/// A typed, resolved expression: the compact form that lowering produces from the syntax tree.
///
/// Lowering resolves every name to a slot and every operator and call to one implementation, then
/// compiles the node into ``eval``, a closure that computes its value from the ``Machine``'s registers.
/// The tree of closures is the intermediate representation that runs: there are no names, no types and
/// no overload decisions left at run time.
struct Expr {
  /// The static type Swift would give the expression.
  var type: SType
  /// Computes the value.
  var eval: Eval
  /// Where the expression was written as a literal, the same literal typed for another context: an
  /// integer literal as a `Double`, `[1, 2]` as `[Double]`. `nil` when the expression has one type only.
  var retype: ((SType) -> Expr?)?
  /// What kind of literal the expression is, for the diagnostics that depend on it (`pow(2, 10)`).
  var literal: LiteralKind
  /// The value when it is known before the block runs.
  var constant: Value?
  /// The slot the expression reads, when it is a plain read of a local or global variable.
  var slot: OperandSource?
  /// The expression as a pure `Double` tree, when it is one (see ``PureDouble``).
  var pure: PureDouble?

  enum LiteralKind {
    case none
    case integer
    case float
    /// An array or tuple literal, or arithmetic on literals.
    case composite
  }

  init(
    type: SType,
    eval: @escaping Eval,
    retype: ((SType) -> Expr?)? = nil,
    literal: LiteralKind = .none,
    constant: Value? = nil
  ) {
    self.type = type
    self.eval = eval
    self.retype = retype
    self.literal = literal
    self.constant = constant
  }

  init(type: SType, literal: LiteralKind, _ eval: @escaping Eval) {
    self.init(type: type, eval: eval, literal: literal)
  }

  /// A compile-time constant.
  static func constant(_ value: Value, type: SType) -> Expr {
    Expr(type: type, eval: { _ in value }, constant: value)
  }

  /// The same code seen with another static type (an `Int` as an `Int?`: values carry no wrapper).
  func withType(_ newType: SType) -> Expr {
    var copy = self
    copy.type = newType
    copy.retype = nil
    return copy
  }

  /// Whether the expression can be retyped as a `Double` (an integer literal, or arithmetic on them).
  var isFlexibleInteger: Bool { type == .int && retype != nil }
}

/// A compile-time error: the first problem found in a block, at a syntax node.
struct CompileError: Error {
  let message: String
  /// The UTF-8 offset of the error's position in the parsed source.
  let position: Int

  init(_ message: String, at node: some SyntaxProtocol) {
    self.message = message
    self.position = node.positionAfterSkippingLeadingTrivia.utf8Offset
  }

  init(_ message: String, offset: Int) {
    self.message = message
    self.position = offset
  }
}
