import SwiftSyntax

/// Tests a value against a pattern, binding the pattern's names when it matches.
typealias Matcher = (Machine, Value) throws(Trap) -> Bool

extension Compiler {
  func switchStatement(_ node: SwitchExprSyntax, label: String?) throws(CompileError) -> Exec {
    let subject = try defaultType(of: try expression(node.subject, expected: nil), at: node.subject)
    let type = subject.type
    var cases: [(test: Matcher, body: Exec)] = []
    var exhaustive = false
    var boolValues: Set<Bool> = []
    let id = context.newJumpID()
    context.jumpTargets.append(JumpTarget(id: id, label: label, isLoop: false))
    defer { context.jumpTargets.removeLast() }
    for element in node.cases {
      guard case .switchCase(let switchCase) = element else {
        throw CompileError("'#if' is not supported in notebooks", at: element)
      }
      if switchCase.statements.isEmpty {
        let keyword = switchCase.label.is(SwitchDefaultLabelSyntax.self) ? "default" : "case"
        throw CompileError(
          "'\(keyword)' label in a 'switch' must have at least one executable statement",
          at: switchCase.label
        )
      }
      if let fallthroughStmt = switchCase.statements.first(where: { $0.item.as(FallThroughStmtSyntax.self) != nil }) {
        throw CompileError("'fallthrough' is not supported in notebooks", at: fallthroughStmt)
      }
      let outer = enterScope()
      defer { scope = outer }
      do {
        var test: Matcher = { _, _ in true }
        switch switchCase.label {
        case .default:
          exhaustive = true
        case .case(let caseLabel):
          var tests: [Matcher] = []
          for item in caseLabel.caseItems {
            if caseLabel.caseItems.count > 1, Compiler.bindsNames(item.pattern) {
              throw CompileError(
                "bindings in 'case' items with several patterns are not supported in notebooks",
                at: item.pattern
              )
            }
            var matcher = try self.matcher(item.pattern, type: type)
            if let whereClause = item.whereClause {
              let condition = try coerce(
                try expression(whereClause.condition, expected: .bool),
                to: .bool,
                at: whereClause.condition,
                .condition
              )
              let (inner, eval) = (matcher, condition.eval)
              matcher = { m, value throws(Trap) in
                guard try inner(m, value) else { return false }
                return try eval(m).asBool
              }
            } else if Compiler.isCatchAll(item.pattern) {
              exhaustive = true
            } else if type == .bool, let literal = Compiler.boolLiteral(item.pattern) {
              boolValues.insert(literal)
            }
            tests.append(matcher)
          }
          test =
            tests.count == 1
            ? tests[0]
            : { m, value throws(Trap) in
              for test in tests where try test(m, value) { return true }
              return false
            }
        }
        cases.append((test, try statements(switchCase.statements)))
      }
    }
    if !exhaustive && boolValues.count < 2 {
      throw CompileError("switch must be exhaustive", at: node.switchKeyword)
    }
    let eval = subject.eval
    return { m throws(Trap) in
      let value = try eval(m)
      for (test, body) in cases where try test(m, value) {
        let flow = try body(m)
        if case .breakOut(let target) = flow, target == id { return .normal }
        return flow
      }
      return .normal
    }
  }

  private static func isCatchAll(_ pattern: PatternSyntax) -> Bool {
    if pattern.is(WildcardPatternSyntax.self) { return true }
    if let binding = pattern.as(ValueBindingPatternSyntax.self) {
      return binding.pattern.is(IdentifierPatternSyntax.self) || binding.pattern.is(WildcardPatternSyntax.self)
    }
    if let expression = pattern.as(ExpressionPatternSyntax.self) {
      return expression.expression.is(DiscardAssignmentExprSyntax.self)
    }
    return false
  }

  private static func bindsNames(_ pattern: PatternSyntax) -> Bool {
    pattern.description.contains("let ") || pattern.description.contains("var ")
  }

  private static func boolLiteral(_ pattern: PatternSyntax) -> Bool? {
    guard let literal = pattern.as(ExpressionPatternSyntax.self)?.expression.as(BooleanLiteralExprSyntax.self) else {
      return nil
    }
    return literal.literal.tokenKind == .keyword(.true)
  }

  /// The test of one `case` pattern against a value of `type`.
  func matcher(_ pattern: PatternSyntax, type: SType) throws(CompileError) -> Matcher {
    if pattern.is(WildcardPatternSyntax.self) { return { _, _ in true } }
    if let binding = pattern.as(ValueBindingPatternSyntax.self) {
      let isMutable = binding.bindingSpecifier.tokenKind == .keyword(.var)
      return try bindingMatcher(binding.pattern, type: type, isMutable: isMutable)
    }
    if let expression = pattern.as(ExpressionPatternSyntax.self) {
      return try expressionMatcher(expression.expression, type: type)
    }
    throw CompileError("this pattern is not supported in notebooks", at: pattern)
  }

  private func bindingMatcher(_ pattern: PatternSyntax, type: SType, isMutable: Bool) throws(CompileError) -> Matcher {
    let variables = try declarePattern(pattern, type: type, isMutable: isMutable)
    let store =
      pattern.is(IdentifierPatternSyntax.self) && variables.count == 1
      ? initialize(variables[0]) : destructure(pattern, variables: variables)
    return { m, value in
      store(m, value)
      return true
    }
  }

  /// `case ..<0:`, `case ...9:` and `case 100...:`, the one-sided ranges Swift matches with `~=`.
  private func partialRangeMatcher(_ expr: ExprSyntax, type: SType) throws(CompileError) -> Matcher? {
    let bound: ExprSyntax
    let test: (Value, Value) -> Bool
    let rangeType: String
    if let prefix = expr.as(PrefixOperatorExprSyntax.self), ["..<", "..."].contains(prefix.operator.text) {
      bound = prefix.expression
      rangeType = prefix.operator.text == "..<" ? "PartialRangeUpTo" : "PartialRangeThrough"
      test =
        prefix.operator.text == "..<"
        ? { subject, upper in Value.less(subject, upper, type: type) }
        : { subject, upper in !Value.less(upper, subject, type: type) }
    } else if let postfix = expr.as(PostfixOperatorExprSyntax.self), postfix.operator.text == "..." {
      bound = postfix.expression
      rangeType = "PartialRangeFrom"
      test = { subject, lower in !Value.less(subject, lower, type: type) }
    } else {
      return nil
    }
    let value = try expression(bound, expected: type)
    guard type.isComparable, let limit = convert(value, to: type)?.eval else {
      let boundType = try defaultType(of: value, at: bound).type
      throw CompileError(
        "expression pattern of type '\(rangeType)<\(boundType.spelling)>' cannot match values of type '\(type.spelling)'",
        at: expr
      )
    }
    return { m, subject throws(Trap) in test(subject, try limit(m)) }
  }

  private func expressionMatcher(_ expr: ExprSyntax, type: SType) throws(CompileError) -> Matcher {
    if expr.is(DiscardAssignmentExprSyntax.self) { return { _, _ in true } }
    if let patternExpr = expr.as(PatternExprSyntax.self) { return try matcher(patternExpr.pattern, type: type) }
    if case .tuple(let elements, _) = type, let tuple = expr.as(TupleExprSyntax.self),
      tuple.elements.count == elements.count
    {
      var matchers: [Matcher] = []
      for (element, elementType) in zip(tuple.elements, elements) {
        matchers.append(try expressionMatcher(element.expression, type: elementType))
      }
      return { m, value throws(Trap) in
        let fields = value.asArray
        for (index, matcher) in matchers.enumerated() where try !matcher(m, fields[index]) { return false }
        return true
      }
    }
    if let partial = try partialRangeMatcher(expr, type: type) { return partial }
    let value = try expression(expr, expected: type)
    if let converted = convert(value, to: type), type.isEquatable {
      let eval = converted.eval
      return { m, subject throws(Trap) in Value.equal(subject, try eval(m), type: type) }
    }
    for closed in [false, true] {
      if let range = convert(value, to: .range(type, closed: closed)) {
        let eval = range.eval
        return { m, subject throws(Trap) in
          guard case .range(let bounds) = try eval(m) else { return false }
          if Value.less(subject, bounds.lower, type: type) { return false }
          return closed
            ? !Value.less(bounds.upper, subject, type: type)
            : Value.less(subject, bounds.upper, type: type)
        }
      }
    }
    throw CompileError(
      "expression pattern of type '\(value.type.spelling)' cannot match values of type '\(type.spelling)'",
      at: expr
    )
  }
}
