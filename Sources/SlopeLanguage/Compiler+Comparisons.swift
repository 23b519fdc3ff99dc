import SwiftSyntax

extension Compiler {
  // MARK: - Comparisons

  func comparison(_ op: String, _ lhs: Expr, _ rhs: Expr, at node: some SyntaxProtocol) throws(CompileError) -> Expr {
    let position = node.positionAfterSkippingLeadingTrivia.utf8Offset
    var (lhs, rhs) = (lhs, rhs)
    // `x == nil` compares an optional with the empty optional.
    if lhs.type.isOptional && rhs.type == .nilLiteral { rhs = rhs.withType(lhs.type) }
    if rhs.type.isOptional && lhs.type == .nilLiteral { lhs = lhs.withType(rhs.type) }
    if case .optional(let wrapped) = lhs.type, rhs.type == wrapped { rhs = rhs.withType(lhs.type) }
    if case .optional(let wrapped) = rhs.type, lhs.type == wrapped { lhs = lhs.withType(rhs.type) }
    guard lhs.type == rhs.type else { throw binaryOperatorError(op, lhs, rhs, at: node) }
    let type = lhs.type
    let isEquality = op == "==" || op == "!="
    if isEquality, type.isOptional,
      lhs.type == .nilLiteral || lhs.constant?.isNone == true || rhs.constant?.isNone == true
    {
      // Any optional compares with `nil`, equatable or not.
      let (l, r) = (lhs.eval, rhs.eval)
      let wantEqual = op == "=="
      return Expr(type: .bool) { m throws(Trap) in
        let a = try l(m).isNone
        let b = try r(m).isNone
        return .bool((a && b) == wantEqual)
      }
    }
    guard isEquality ? type.isEquatable : type.isComparable else { throw binaryOperatorError(op, lhs, rhs, at: node) }
    let (l, r) = (lhs.eval, rhs.eval)
    if type == .double { return Expr(type: .bool, eval: FusedComparison.doubles(op, lhs, rhs, position: position)) }
    if type == .int { return Expr(type: .bool, eval: FusedComparison.integers(op, lhs, rhs)) }
    switch op {
    case "==": return Expr(type: .bool) { m throws(Trap) in .bool(Value.equal(try l(m), try r(m), type: type)) }
    case "!=": return Expr(type: .bool) { m throws(Trap) in .bool(!Value.equal(try l(m), try r(m), type: type)) }
    case "<": return Expr(type: .bool) { m throws(Trap) in .bool(Value.less(try l(m), try r(m), type: type)) }
    case ">": return Expr(type: .bool) { m throws(Trap) in .bool(Value.less(try r(m), try l(m), type: type)) }
    case "<=": return Expr(type: .bool) { m throws(Trap) in .bool(!Value.less(try r(m), try l(m), type: type)) }
    default: return Expr(type: .bool) { m throws(Trap) in .bool(!Value.less(try l(m), try r(m), type: type)) }
    }
  }

  func logical(_ op: String, _ node: InfixOperatorExprSyntax, position: Int) throws(CompileError) -> Expr {
    let lhs = try expression(node.leftOperand, expected: .bool)
    let rhs = try expression(node.rightOperand, expected: .bool)
    guard lhs.type == .bool, rhs.type == .bool else {
      let bad = lhs.type == .bool ? rhs : lhs
      throw CompileError(
        "cannot convert value of type '\(bad.type.spelling)' to expected argument type 'Bool'",
        at: lhs.type == .bool ? node.rightOperand : node.leftOperand
      )
    }
    let (l, r) = (lhs.eval, rhs.eval)
    if op == "&&" {
      return Expr(type: .bool) { m throws(Trap) in
        guard try l(m).asBool else { return .bool(false) }
        return try r(m)
      }
    }
    return Expr(type: .bool) { m throws(Trap) in
      if try l(m).asBool { return .bool(true) }
      return try r(m)
    }
  }

  func nilCoalescing(_ node: InfixOperatorExprSyntax, expected: SType?) throws(CompileError) -> Expr {
    let lhs = try expression(node.leftOperand, expected: expected.map { .optional($0) })
    guard case .optional(let wrapped) = lhs.type else {
      let rhs = try expression(node.rightOperand, expected: lhs.type)
      return rhs.type == lhs.type ? lhs : try coerce(rhs, to: lhs.type, at: node.rightOperand, .argument)
    }
    let rhsRaw = try expression(node.rightOperand, expected: wrapped)
    let rhs: Expr
    if let converted = convert(rhsRaw, to: wrapped) {
      rhs = converted
    } else {
      rhs = try coerce(rhsRaw, to: lhs.type, at: node.rightOperand, .argument)
    }
    let (l, r) = (lhs.eval, rhs.eval)
    return Expr(type: rhs.type) { m throws(Trap) in
      let value = try l(m)
      if case .none = value { return try r(m) }
      return value
    }
  }
}
