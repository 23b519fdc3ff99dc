@_spi(Compiler) import SwiftParser
import SwiftSyntax

extension Compiler {
  /// Lowers an expression; `expected` is the type the context asks for, when it asks for one.
  func expression(_ syntax: ExprSyntax, expected: SType?) throws(CompileError) -> Expr {
    switch syntax.kind {
    case .integerLiteralExpr: return try integerLiteral(syntax.cast(IntegerLiteralExprSyntax.self), expected: expected)
    case .floatLiteralExpr:
      let literal = syntax.cast(FloatLiteralExprSyntax.self)
      guard let value = literal.representedLiteralValue else {
        throw CompileError("invalid floating-point literal", at: literal)
      }
      var expr = Expr.constant(.double(value), type: .double)
      expr.literal = .float
      return expr
    case .booleanLiteralExpr:
      let value = syntax.cast(BooleanLiteralExprSyntax.self).literal.tokenKind == .keyword(.true)
      return .constant(.bool(value), type: .bool)
    case .stringLiteralExpr:
      var literal = try stringLiteral(syntax.cast(StringLiteralExprSyntax.self))
      if case .string(let box)? = literal.constant, box.value.count == 1 {
        // A one-character literal is a `Character` where the context asks for one.
        let character = Expr.constant(literal.constant ?? .none, type: .character)
        if expected == .character { return character }
        literal.retype = { $0 == .character ? character : nil }
      }
      return literal
    case .nilLiteralExpr:
      if let expected, expected.isOptional { return .constant(.none, type: expected) }
      return .constant(.none, type: .nilLiteral)
    case .declReferenceExpr: return try reference(syntax.cast(DeclReferenceExprSyntax.self), expected: expected)
    case .arrayExpr: return try arrayLiteral(syntax.cast(ArrayExprSyntax.self), expected: expected)
    case .tupleExpr: return try tupleLiteral(syntax.cast(TupleExprSyntax.self), expected: expected)
    case .prefixOperatorExpr: return try prefix(syntax.cast(PrefixOperatorExprSyntax.self), expected: expected)
    case .infixOperatorExpr: return try infix(syntax.cast(InfixOperatorExprSyntax.self), expected: expected)
    case .ternaryExpr: return try ternary(syntax.cast(TernaryExprSyntax.self), expected: expected)
    case .functionCallExpr: return try call(syntax.cast(FunctionCallExprSyntax.self), expected: expected)
    case .memberAccessExpr: return try memberAccess(syntax.cast(MemberAccessExprSyntax.self), expected: expected)
    case .subscriptCallExpr: return try subscriptAccess(syntax.cast(SubscriptCallExprSyntax.self))
    case .closureExpr: return try closure(syntax.cast(ClosureExprSyntax.self), expected: expected)
    case .forceUnwrapExpr: return try forceUnwrap(syntax.cast(ForceUnwrapExprSyntax.self))
    case .asExpr: return try asExpression(syntax.cast(AsExprSyntax.self))
    case .dictionaryExpr:
      throw CompileError("dictionaries and sets are not supported in notebooks", at: syntax)
    case .macroExpansionExpr:
      throw CompileError("macros are not supported in notebooks", at: syntax)
    case .inOutExpr:
      throw CompileError("'inout' arguments are not supported in notebooks", at: syntax)
    case .tryExpr, .awaitExpr:
      throw CompileError("'throws', 'try' and 'async' are not supported in notebooks", at: syntax)
    case .ifExpr, .switchExpr:
      throw CompileError("'if' and 'switch' expressions are not supported in notebooks; use a statement", at: syntax)
    case .postfixOperatorExpr:
      let op = syntax.cast(PostfixOperatorExprSyntax.self).operator
      if op.text == "..." {
        throw CompileError("partial ranges are supported in notebooks only as array subscripts", at: op)
      }
      throw CompileError("cannot find operator '\(op.text)' in scope", at: op)
    case .optionalChainingExpr:
      throw CompileError("optional chaining is not supported in notebooks; use 'if let'", at: syntax)
    case .sequenceExpr:
      throw CompileError("expression could not be folded", at: syntax)
    default:
      throw CompileError("this expression is not supported in notebooks", at: syntax)
    }
  }

  // MARK: - Names

  private func reference(_ node: DeclReferenceExprSyntax, expected: SType?) throws(CompileError) -> Expr {
    let name = node.baseName.text
    // Before (and in) a local declaration its name still means an outer declaration, as in Swift 6
    // (`let x = x + 1` shadows a parameter); only a name nothing outside declares is an error.
    var declaredBelow = false
    var local: Scope? = scope
    while let current = local, current !== sessionScope, current.local(name) == nil {
      if current.pendingNames.contains(name) { declaredBelow = true }
      local = current.parent
    }
    switch scope.lookup(name) {
    case .variable(let variable)?:
      var expr = Expr(type: variable.type, eval: read(variable))
      switch access(variable) {
      case .local(let slot): expr.slot = .local(slot)
      case .global(let id): expr.slot = .global(id)
      default: break
      }
      return expr
    case .functions(let functions)?:
      // A function used as a value: pick the overload the context asks for, or the only one.
      var chosen = functions.last
      if case .function(let parameters, _)? = expected {
        chosen = functions.last(where: { $0.parameterTypes == parameters }) ?? chosen
      } else if functions.count > 1 {
        throw CompileError("ambiguous use of '\(name)'", at: node)
      }
      guard let function = chosen else { break }
      return functionValue(function)
    case nil:
      break
    }
    if let value = try prelude.functionValue(named: name, expected: expected, compiler: self, at: node) {
      return value
    }
    if declaredBelow { throw CompileError("use of local variable '\(name)' before its declaration", at: node) }
    throw CompileError("cannot find '\(name)' in scope", at: node)
  }

  /// A declared function as a value.
  func functionValue(_ function: FunctionDeclaration) -> Expr {
    if let variable = function.variable { return Expr(type: function.type, eval: read(variable)) }
    let value = Value.function(FunctionValue(code: function.code, captures: []))
    return Expr(type: function.type, eval: { _ in value })
  }

  // MARK: - Other expressions

  private func ternary(_ node: TernaryExprSyntax, expected: SType?) throws(CompileError) -> Expr {
    let condition = try coerce(
      try expression(node.condition, expected: .bool),
      to: .bool,
      at: node.condition,
      .condition
    )
    var thenValue = try expression(node.thenExpression, expected: expected)
    var elseValue = try expression(node.elseExpression, expected: expected ?? thenValue.type)
    if let expected {
      if let a = convert(thenValue, to: expected), let b = convert(elseValue, to: expected) {
        thenValue = a
        elseValue = b
      }
    }
    guard let (a, b) = unify(thenValue, elseValue) else {
      throw CompileError(
        "result values in '? :' expression have mismatching types '\(thenValue.type.spelling)' and '\(elseValue.type.spelling)'",
        at: node.thenExpression
      )
    }
    let (test, yes, no) = (condition.eval, a.eval, b.eval)
    var expr = Expr(type: a.type) { m throws(Trap) in try test(m).asBool ? try yes(m) : try no(m) }
    if a.retype != nil && b.retype != nil {
      expr.retype = { target in
        guard let x = a.retype?(target), let y = b.retype?(target) else { return nil }
        let (yes, no) = (x.eval, y.eval)
        return Expr(type: target) { m throws(Trap) in try test(m).asBool ? try yes(m) : try no(m) }
      }
    }
    return expr
  }

  private func forceUnwrap(_ node: ForceUnwrapExprSyntax) throws(CompileError) -> Expr {
    let operand = try expression(node.expression, expected: nil)
    guard case .optional(let wrapped) = operand.type else {
      throw CompileError(
        "cannot force unwrap value of non-optional type '\(operand.type.spelling)'",
        at: node.exclamationMark
      )
    }
    let eval = operand.eval
    let position = node.exclamationMark.positionAfterSkippingLeadingTrivia.utf8Offset
    return Expr(type: wrapped) { m throws(Trap) in
      let value = try eval(m)
      if case .none = value {
        throw Trap(message: "Unexpectedly found nil while unwrapping an Optional value", position: position)
      }
      return value
    }
  }

  private func asExpression(_ node: AsExprSyntax) throws(CompileError) -> Expr {
    if node.questionOrExclamationMark == nil, node.type.as(IdentifierTypeSyntax.self)?.name.text == "Any" {
      // `value as Any` (to print an optional without a warning) prints as the value's own type.
      return try defaultType(of: try expression(node.expression, expected: nil), at: node.expression)
    }
    let target = try type(node.type)
    guard node.questionOrExclamationMark == nil else {
      throw CompileError("'as?' and 'as!' casts are not supported in notebooks", at: node)
    }
    let value = try expression(node.expression, expected: target)
    return try coerce(value, to: target, at: node.expression, .specified)
  }
}

extension Expr {
  func withLiteral(_ kind: LiteralKind) -> Expr {
    var copy = self
    copy.literal = kind
    return copy
  }
}
