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
    case .stringLiteralExpr: return try stringLiteral(syntax.cast(StringLiteralExprSyntax.self))
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
    case .optionalChainingExpr:
      throw CompileError("optional chaining is not supported in notebooks; use 'if let'", at: syntax)
    case .sequenceExpr:
      throw CompileError("expression could not be folded", at: syntax)
    default:
      throw CompileError("this expression is not supported in notebooks", at: syntax)
    }
  }

  // MARK: - Literals

  private func integerLiteral(_ literal: IntegerLiteralExprSyntax, expected: SType?) throws(CompileError) -> Expr {
    guard let value = literal.representedLiteralValue else {
      throw CompileError("integer literal '\(literal.literal.text)' overflows when stored into 'Int'", at: literal)
    }
    let asDouble = Expr(
      type: .double,
      eval: { _ in .double(Double(value)) },
      literal: .integer,
      constant: .double(Double(value))
    )
    if expected?.unwrapped == .double { return asDouble.withLiteral(.integer) }
    var expr = Expr.constant(.int(value), type: .int)
    expr.literal = .integer
    expr.retype = { target in target == .double ? asDouble.withLiteral(.integer) : nil }
    return expr
  }

  private func stringLiteral(_ literal: StringLiteralExprSyntax) throws(CompileError) -> Expr {
    if let text = literal.representedLiteralValue { return .constant(.string(text), type: .string) }
    guard let kind = literal.stringLiteralKind else { throw CompileError("invalid string literal", at: literal) }
    var parts: [Eval] = []
    for segment in literal.segments {
      switch segment {
      case .stringSegment(let text):
        var unescaped = ""
        text.appendUnescapedLiteralValue(
          stringLiteralKind: kind,
          delimiterLength: literal.delimiterLength,
          to: &unescaped
        )
        let value = Value.string(unescaped)
        let part: Eval = { _ in value }
        parts.append(part)
      case .expressionSegment(let interpolation):
        guard interpolation.expressions.count == 1, let only = interpolation.expressions.first, only.label == nil else {
          throw CompileError("only plain interpolations '\\(value)' are supported in notebooks", at: interpolation)
        }
        let value = try defaultType(of: try expression(only.expression, expected: nil), at: only.expression)
        let describe = try describer(for: value.type, at: only.expression)
        let eval = value.eval
        let part: Eval = { m throws(Trap) in .string(describe(try eval(m))) }
        parts.append(part)
      }
    }
    return Expr(type: .string) { m throws(Trap) in
      var text = ""
      for part in parts { text += try part(m).asString }
      return .string(text)
    }
  }

  private func arrayLiteral(_ literal: ArrayExprSyntax, expected: SType?) throws(CompileError) -> Expr {
    let position = literal.leftSquare.positionAfterSkippingLeadingTrivia.utf8Offset
    _ = position
    var expectedElement: SType?
    if case .array(let element)? = expected?.unwrapped { expectedElement = element }
    if literal.elements.isEmpty {
      if let expectedElement {
        return Expr(type: .array(expectedElement), eval: { _ in .array([]) }, literal: .composite)
      }
      return Expr(type: .emptyArrayLiteral, eval: { _ in .array([]) }, literal: .composite)
    }
    var elements: [Expr] = []
    for element in literal.elements { elements.append(try expression(element.expression, expected: expectedElement)) }
    let elementType: SType
    if let expectedElement {
      for (index, element) in literal.elements.enumerated() {
        elements[index] = try coerce(elements[index], to: expectedElement, at: element.expression, .element)
      }
      elementType = expectedElement
    } else {
      // The elements agree on the first of their types that every element converts to, as Swift's join does.
      let hasNil = elements.contains { $0.type == .nilLiteral }
      var candidates = elements.map(\.type).filter { $0 != .nilLiteral && $0 != .emptyArrayLiteral }
      candidates += candidates.map(Compiler.withDoubles)
      if hasNil || elements.contains(where: { $0.type.isOptional }) {
        candidates = candidates.map { $0.isOptional ? $0 : .optional($0) }
      }
      let fits = { (candidate: SType) in elements.allSatisfy { self.convert($0, to: candidate) != nil } }
      guard let candidate = candidates.first(where: fits) else {
        throw CompileError(
          "heterogeneous collection literal could only be inferred to '[Any]'; add explicit type annotation if this is intentional",
          at: literal
        )
      }
      for index in elements.indices {
        if let converted = convert(elements[index], to: candidate) { elements[index] = converted }
      }
      elementType = candidate
    }
    let evals = elements.map(\.eval)
    var expr = Expr(type: .array(elementType), literal: .composite) { m throws(Trap) in
      var values: [Value] = []
      values.reserveCapacity(evals.count)
      for eval in evals { values.append(try eval(m)) }
      return .array(values)
    }
    if elements.allSatisfy({ $0.retype != nil || $0.literal != .none }) {
      expr.retype = { target in
        guard case .array(let element) = target else { return nil }
        var retyped: [Eval] = []
        for item in elements {
          if item.type == element {
            retyped.append(item.eval)
          } else if let converted = item.retype?(element) {
            retyped.append(converted.eval)
          } else {
            return nil
          }
        }
        return Expr(type: target, literal: .composite) { m throws(Trap) in
          var values: [Value] = []
          values.reserveCapacity(retyped.count)
          for eval in retyped { values.append(try eval(m)) }
          return .array(values)
        }
      }
    }
    return expr
  }

  private func tupleLiteral(_ literal: TupleExprSyntax, expected: SType?) throws(CompileError) -> Expr {
    if literal.elements.count == 1, let only = literal.elements.first, only.label == nil {
      return try expression(only.expression, expected: expected)
    }
    if literal.elements.isEmpty { return .constant(.none, type: .void) }
    var expectedTypes: [SType]?
    if case .tuple(let types, _)? = expected, types.count == literal.elements.count { expectedTypes = types }
    var elements: [Expr] = []
    for (index, element) in literal.elements.enumerated() {
      let target = expectedTypes?[index]
      var value = try expression(element.expression, expected: target)
      if let target, let converted = convert(value, to: target) { value = converted }
      elements.append(try defaultType(of: value, at: element.expression))
    }
    let labels = literal.elements.map { $0.label?.text }
    let evals = elements.map(\.eval)
    var expr = Expr(type: .tuple(elements.map(\.type), labels: labels), literal: .composite) { m throws(Trap) in
      var values: [Value] = []
      values.reserveCapacity(evals.count)
      for eval in evals { values.append(try eval(m)) }
      return .tuple(values)
    }
    expr.retype = { target in
      guard case .tuple(let types, let targetLabels) = target, types.count == elements.count else { return nil }
      var retyped: [Eval] = []
      for (item, type) in zip(elements, types) {
        if item.type == type {
          retyped.append(item.eval)
        } else if let converted = item.retype?(type) {
          retyped.append(converted.eval)
        } else {
          return nil
        }
      }
      _ = targetLabels
      return Expr(type: target, literal: .composite) { m throws(Trap) in
        var values: [Value] = []
        for eval in retyped { values.append(try eval(m)) }
        return .tuple(values)
      }
    }
    return expr
  }

  /// The type with `Int` replaced by `Double` throughout, the type literals take next.
  static func withDoubles(_ type: SType) -> SType {
    switch type {
    case .int: return .double
    case .array(let element): return .array(withDoubles(element))
    case .optional(let wrapped): return .optional(withDoubles(wrapped))
    case .tuple(let elements, let labels): return .tuple(elements.map(withDoubles), labels: labels)
    default: return type
    }
  }

  // MARK: - Names

  private func reference(_ node: DeclReferenceExprSyntax, expected: SType?) throws(CompileError) -> Expr {
    let name = node.baseName.text
    var local: Scope? = scope
    while let current = local, current !== sessionScope, current.local(name) == nil {
      if current.pendingNames.contains(name) {
        throw CompileError("use of local variable '\(name)' before its declaration", at: node)
      }
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
