import SwiftSyntax

extension Compiler {
  /// `value.member`, `Type.member` and the implicit `.member` whose type comes from the context.
  func memberAccess(_ node: MemberAccessExprSyntax, expected: SType?) throws(CompileError) -> Expr {
    let name = node.declName.baseName.text
    guard let base = node.base else {
      // `[Int.max, .min]`: Int's own members are found from an Int context, but an Int context of a
      // literal operand (`2 * .pi`) is no reason to pick Double's.
      if expected?.unwrapped == .int, let member = try prelude.staticMember("Int", name, site: node) {
        return member.withType(expected ?? .int)
      }
      guard let expected, expected.unwrapped != .int else {
        if prelude.staticMembers["Double.\(name)"] != nil {
          // `2 * .pi`: Swift cannot choose among Double, Float and CGFloat.
          throw CompileError("ambiguous use of '\(name)'", at: node.declName)
        }
        throw CompileError("cannot infer contextual base in reference to member '\(name)'", at: node)
      }
      let typeName = expected.unwrapped.spelling
      if let member = try prelude.staticMember(typeName, name, site: node) { return member.withType(expected) }
      if expected.unwrapped == .int && name == "pi" {
        throw CompileError("ambiguous use of 'pi': write 'Double.pi' (Swift cannot tell which 'pi' this is)", at: node)
      }
      throw CompileError("type '\(typeName)' has no member '\(name)'", at: node.declName)
    }
    if let typeName = staticTypeName(base) {
      if let member = try prelude.staticMember(typeName, name, site: node) { return member }
      throw CompileError("type '\(typeName)' has no member '\(name)'", at: node.declName)
    }
    let receiver = try defaultType(of: try expression(base, expected: nil), at: base)
    if case .tuple(let elements, let labels) = receiver.type, let index = Compiler.tupleIndex(name, labels: labels) {
      let eval = receiver.eval
      return Expr(type: elements[index]) { m throws(Trap) in
        let value = try eval(m)
        if case .tuple(let fields) = value, index < fields.count { return fields[index] }
        return .none
      }
    }
    if let property = try prelude.property(name, of: receiver, at: node) { return property }
    if case .tuple = receiver.type {
      throw CompileError("value of tuple type '\(receiver.type.spelling)' has no member '\(name)'", at: node.declName)
    }
    if prelude.hasMethod(name) {
      throw CompileError("method '\(name)' must be called; write '\(name)()'", at: node.declName)
    }
    throw CompileError("value of type '\(receiver.type.spelling)' has no member '\(name)'", at: node.declName)
  }

  /// `array[index]` and `array[range]`.
  func subscriptAccess(_ node: SubscriptCallExprSyntax) throws(CompileError) -> Expr {
    let base = try defaultType(of: try expression(node.calledExpression, expected: nil), at: node.calledExpression)
    if case .sequence(.slice, let element) = base.type {
      return try sliceSubscript(base, element: element, node)
    }
    guard case .array(let element) = base.type else {
      if base.type == .string {
        throw CompileError("strings cannot be subscripted in notebooks; use Array(string)", at: node)
      }
      throw CompileError("value of type '\(base.type.spelling)' has no subscripts", at: node.calledExpression)
    }
    guard node.arguments.count == 1, let argument = node.arguments.first, argument.label == nil else {
      throw CompileError("an array subscript takes one index", at: node)
    }
    let position = node.leftSquare.positionAfterSkippingLeadingTrivia.utf8Offset
    let array = base.eval
    let sliceType = SType.sequence(.slice, element: element)
    if let bounds = try partialRange(argument.expression) {
      return try slice(
        array,
        type: sliceType,
        lower: bounds.lower,
        upper: bounds.upper,
        closed: bounds.closed,
        position: position
      )
    }
    let index = try expression(argument.expression, expected: .int)
    switch index.type {
    case .int:
      let indexEval = index.eval
      return Expr(type: element) { m throws(Trap) in
        let value = try array(m)
        let i = try indexEval(m).asInt
        guard case .array(let elements) = value, i >= 0, i < elements.count else {
          throw Trap(message: "Index out of range", position: position)
        }
        return elements[i]
      }
    case .range(.int, let closed):
      let rangeEval = index.eval
      return Expr(type: sliceType) { m throws(Trap) in
        let elements = try array(m).asArray
        guard case .range(let range) = try rangeEval(m) else { return .none }
        let lower = range.lower.asInt
        let part = try Compiler.slice(elements, lower, range.upper.asInt, closed: closed, position: position)
        return .tuple([.array(part), .int(lower)])
      }
    default:
      throw CompileError(
        "cannot convert value of type '\(index.type.spelling)' to expected argument type 'Int'",
        at: argument.expression
      )
    }
  }

  /// `slice[i]`, indexed like the array it came from.
  private func sliceSubscript(
    _ base: Expr,
    element: SType,
    _ node: SubscriptCallExprSyntax
  ) throws(CompileError) -> Expr {
    guard node.arguments.count == 1, let argument = node.arguments.first, argument.label == nil else {
      throw CompileError("a slice subscript takes one index", at: node)
    }
    let index = try coerce(
      try expression(argument.expression, expected: .int),
      to: .int,
      at: argument.expression,
      .argument
    )
    let (eval, indexEval) = (base.eval, index.eval)
    let position = node.leftSquare.positionAfterSkippingLeadingTrivia.utf8Offset
    return Expr(type: element) { m throws(Trap) in
      let fields = try eval(m).asArray
      let i = try indexEval(m).asInt
      guard fields.count == 2 else { return .none }
      let (elements, start) = (fields[0].asArray, fields[1].asInt)
      guard i >= start, i < start + elements.count else {
        throw Trap(message: "Index out of bounds", position: position)
      }
      return elements[i - start]
    }
  }

  /// The bounds of `a...`, `..<b` and `...b`, when the index is a partial range.
  private func partialRange(_ expr: ExprSyntax) throws(CompileError) -> (lower: Eval?, upper: Eval?, closed: Bool)? {
    if let postfix = expr.as(PostfixOperatorExprSyntax.self), postfix.operator.text == "..." {
      let lower = try coerce(
        try expression(postfix.expression, expected: .int),
        to: .int,
        at: postfix.expression,
        .argument
      )
      return (lower.eval, nil, false)
    }
    if let prefix = expr.as(PrefixOperatorExprSyntax.self),
      prefix.operator.text == "..." || prefix.operator.text == "..<"
    {
      let upper = try coerce(
        try expression(prefix.expression, expected: .int),
        to: .int,
        at: prefix.expression,
        .argument
      )
      return (nil, upper.eval, prefix.operator.text == "...")
    }
    return nil
  }

  private func slice(
    _ array: @escaping Eval,
    type: SType,
    lower: Eval?,
    upper: Eval?,
    closed: Bool,
    position: Int
  )
    throws(CompileError) -> Expr
  {
    Expr(type: type) { m throws(Trap) in
      let elements = try array(m).asArray
      let low = try lower?(m).asInt ?? 0
      let high = try upper?(m).asInt ?? elements.count
      return .tuple([
        .array(try Compiler.slice(elements, low, high, closed: closed && upper != nil, position: position)), .int(low),
      ])
    }
  }

  static func slice(
    _ elements: [Value],
    _ lower: Int,
    _ upper: Int,
    closed: Bool,
    position: Int
  ) throws(Trap) -> [Value] {
    let end = closed ? upper + 1 : upper
    guard lower <= end else { throw Trap(message: "Range requires lowerBound <= upperBound", position: position) }
    guard lower >= 0, end <= elements.count else {
      throw Trap(message: "Array index is out of range", position: position)
    }
    return Array(elements[lower..<end])
  }
}
