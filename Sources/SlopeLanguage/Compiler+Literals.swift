@_spi(Compiler) import SwiftParser
import SwiftSyntax

extension Compiler {
  // MARK: - Literals

  func integerLiteral(_ literal: IntegerLiteralExprSyntax, expected: SType?) throws(CompileError) -> Expr {
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

  func stringLiteral(_ literal: StringLiteralExprSyntax) throws(CompileError) -> Expr {
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
    let position = literal.positionAfterSkippingLeadingTrivia.utf8Offset
    return Expr(type: .string) { m throws(Trap) in
      var text = ""
      for part in parts {
        let piece = try part(m).asString
        // Interpolation can double a string as `+` can (`s = "\(s)\(s)"`), so it has the same cap.
        try m.checkCount(text.utf8.count + piece.utf8.count, at: position)
        text += piece
      }
      return .string(text)
    }
  }

  func arrayLiteral(_ literal: ArrayExprSyntax, expected: SType?) throws(CompileError) -> Expr {
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
    var elements = try arrayElements(literal, expected: expectedElement)
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

  /// The elements of an array literal lowered for `expected` or, without it, for the type the others give.
  ///
  /// Without a context an element such as `.central` or `.pi / 2` cannot be typed alone; Swift types it from
  /// its neighbours (`[DifferenceMethod.forward, .central]`, `[1, .pi]` is `[Double]`), so such elements
  /// are lowered again for the first type of the others (or its `Double` form) that suits them all.
  private func arrayElements(_ literal: ArrayExprSyntax, expected: SType?) throws(CompileError) -> [Expr] {
    if let expected {
      var elements: [Expr] = []
      for element in literal.elements { elements.append(try expression(element.expression, expected: expected)) }
      return elements
    }
    var elements: [Expr?] = []
    var firstError: CompileError?
    for element in literal.elements {
      do {
        elements.append(try expression(element.expression, expected: nil))
      } catch {
        firstError = firstError ?? error
        elements.append(nil)
      }
    }
    guard let firstError else { return elements.compactMap { $0 } }
    var candidates = elements.compactMap { $0?.type }.filter { $0 != .nilLiteral && $0 != .emptyArrayLiteral }
    candidates += candidates.map(Compiler.withDoubles)
    for candidate in candidates {
      var retried = elements
      var fits = true
      for (index, element) in literal.elements.enumerated() where retried[index] == nil {
        guard let value = try? expression(element.expression, expected: candidate),
          convert(value, to: candidate) != nil
        else {
          fits = false
          break
        }
        retried[index] = value
      }
      if fits { return retried.compactMap { $0 } }
    }
    throw firstError
  }

  func tupleLiteral(_ literal: TupleExprSyntax, expected: SType?) throws(CompileError) -> Expr {
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
}
