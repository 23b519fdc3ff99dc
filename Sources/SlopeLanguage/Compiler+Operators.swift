import SlopeCalculus
import SwiftSyntax

extension Compiler {
  static func isAssignment(_ op: ExprSyntax) -> Bool {
    if op.is(AssignmentExprSyntax.self) { return true }
    guard let text = op.as(BinaryOperatorExprSyntax.self)?.operator.text else { return false }
    return ["+=", "-=", "*=", "/=", "%="].contains(text)
  }

  /// Lowers both operands of a binary operator so that they agree in type where Swift's literal typing
  /// lets them: `2 * x` makes the `2` a `Double` when `x` is one.
  func operands(_ lhs: ExprSyntax, _ rhs: ExprSyntax, expected: SType? = nil) throws(CompileError) -> (Expr, Expr) {
    let lhsNeedsContext = Compiler.needsContext(lhs)
    var left: Expr
    var right: Expr
    // An operand whose type comes from its context (`.pi`) takes the other operand's type, or the
    // type the whole expression is expected to have when the other operand is a literal.
    if lhsNeedsContext && !Compiler.needsContext(rhs) {
      right = try expression(rhs, expected: nil)
      left = try expression(lhs, expected: right.isFlexibleInteger ? expected : right.type)
    } else {
      do {
        left = try expression(lhs, expected: lhsNeedsContext ? expected : nil)
        right = try expression(rhs, expected: left.isFlexibleInteger ? expected : left.type)
      } catch {
        // `exp(1) * x`: an operand that cannot be typed alone (an overloaded call of a literal) takes
        // the other operand's type, as Swift's solver finds it.
        guard !lhsNeedsContext, lhs.is(FunctionCallExprSyntax.self), let other = try? expression(rhs, expected: nil),
          let typed = try? expression(lhs, expected: other.isFlexibleInteger ? expected : other.type)
        else { throw error }
        left = typed
        right = other
      }
    }
    if left.type != right.type, !left.type.isOptional, !right.type.isOptional, let (a, b) = unify(left, right) {
      left = a
      right = b
    }
    return (left, right)
  }

  /// Expressions whose type comes from their context: `.pi`, `nil`, `[]`, closures.
  static func needsContext(_ expr: ExprSyntax) -> Bool {
    if let member = expr.as(MemberAccessExprSyntax.self) { return member.base == nil }
    if let call = expr.as(FunctionCallExprSyntax.self),
      let member = call.calledExpression.as(MemberAccessExprSyntax.self)
    {
      return member.base == nil
    }
    if expr.is(NilLiteralExprSyntax.self) || expr.is(ClosureExprSyntax.self) { return true }
    if let array = expr.as(ArrayExprSyntax.self) { return array.elements.isEmpty }
    return false
  }

  func binaryOperatorError(_ op: String, _ lhs: Expr, _ rhs: Expr, at node: some SyntaxProtocol) -> CompileError {
    if lhs.type == rhs.type {
      return CompileError(
        "binary operator '\(op)' cannot be applied to two '\(lhs.type.spelling)' operands",
        at: node
      )
    }
    return CompileError(
      "binary operator '\(op)' cannot be applied to operands of type '\(lhs.type.spelling)' and '\(rhs.type.spelling)'",
      at: node
    )
  }

  // MARK: - Binary operators

  func infix(_ node: InfixOperatorExprSyntax, expected: SType?) throws(CompileError) -> Expr {
    if Compiler.isAssignment(node.operator), let exec = try assignment(node) {
      return Expr(type: .void) { m throws(Trap) in
        _ = try exec(m)
        return .none
      }
    }
    guard let opToken = node.operator.as(BinaryOperatorExprSyntax.self)?.operator else {
      throw CompileError("this operator is not supported in notebooks", at: node.operator)
    }
    let op = opToken.text
    let position = opToken.positionAfterSkippingLeadingTrivia.utf8Offset
    switch op {
    case "&&", "||": return try logical(op, node, position: position)
    case "??": return try nilCoalescing(node, expected: expected)
    default: break
    }
    let arithmeticOps = ["+", "-", "*", "/", "%"]
    let (lhs, rhs) = try operands(
      node.leftOperand,
      node.rightOperand,
      expected: arithmeticOps.contains(op) ? expected : nil
    )
    switch op {
    case "+", "-", "*", "/", "%":
      for (operand, other, syntax) in [(lhs, rhs, node.leftOperand), (rhs, lhs, node.rightOperand)] {
        if case .optional(let wrapped) = operand.type, other.type == wrapped || convert(other, to: wrapped) != nil {
          throw CompileError(
            "value of optional type '\(operand.type.spelling)' must be unwrapped to a value of type '\(wrapped.spelling)'",
            at: syntax
          )
        }
      }
      return try arithmetic(op, lhs, rhs, at: opToken, position: position)
    case "==", "!=", "<", ">", "<=", ">=":
      return try comparison(op, lhs, rhs, at: opToken)
    case "..<", "...":
      return try rangeExpression(closed: op == "...", lhs, rhs, at: opToken, position: position)
    case "&+", "&-", "&*", "&", "|", "^", "<<", ">>":
      guard lhs.type == .int, rhs.type == .int else { throw binaryOperatorError(op, lhs, rhs, at: opToken) }
      let function = Compiler.integerBitOperation(op)
      let (l, r) = (lhs.eval, rhs.eval)
      return Expr(type: .int) { m throws(Trap) in .int(function(try l(m).asInt, try r(m).asInt)) }
    default:
      throw CompileError("operator '\(op)' is not supported in notebooks", at: opToken)
    }
  }

  private static func integerBitOperation(_ op: String) -> (Int, Int) -> Int {
    switch op {
    case "&+": return { $0 &+ $1 }
    case "&-": return { $0 &- $1 }
    case "&*": return { $0 &* $1 }
    case "&": return { $0 & $1 }
    case "|": return { $0 | $1 }
    case "^": return { $0 ^ $1 }
    case "<<": return { $0 << $1 }
    default: return { $0 >> $1 }
    }
  }

  /// `+ - * / %` on two operands of one type.
  func arithmetic(
    _ op: String,
    _ lhs: Expr,
    _ rhs: Expr,
    at node: some SyntaxProtocol,
    position: Int
  )
    throws(CompileError) -> Expr
  {
    guard lhs.type == rhs.type else { throw binaryOperatorError(op, lhs, rhs, at: node) }
    let (l, r) = (lhs.eval, rhs.eval)
    var result: Expr
    switch lhs.type {
    case .int:
      switch op {
      case "+":
        result = Expr(type: .int) { m throws(Trap) in
          .int(try Arithmetic.add(try l(m).asInt, try r(m).asInt, at: position))
        }
      case "-":
        result = Expr(type: .int) { m throws(Trap) in
          .int(try Arithmetic.subtract(try l(m).asInt, try r(m).asInt, at: position))
        }
      case "*":
        result = Expr(type: .int) { m throws(Trap) in
          .int(try Arithmetic.multiply(try l(m).asInt, try r(m).asInt, at: position))
        }
      case "/":
        result = Expr(type: .int) { m throws(Trap) in
          .int(try Arithmetic.divide(try l(m).asInt, try r(m).asInt, at: position))
        }
      default:
        result = Expr(type: .int) { m throws(Trap) in
          .int(try Arithmetic.remainder(try l(m).asInt, try r(m).asInt, at: position))
        }
      }
    case .double:
      guard op != "%" else {
        throw CompileError(
          "'%' is unavailable: For floating point numbers use truncatingRemainder instead",
          at: node
        )
      }
      result = Compiler.doubleArithmetic(op, lhs, rhs)
    case .string where op == "+":
      result = Expr(type: .string) { m throws(Trap) in
        let (a, b) = (try l(m).asString, try r(m).asString)
        try m.checkCount(a.utf8.count + b.utf8.count, at: position)
        return .string(a + b)
      }
    case .array where op == "+":
      result = Expr(type: lhs.type) { m throws(Trap) in
        let combined = try l(m).asArray + (try r(m).asArray)
        try m.checkCount(combined.count, at: position)
        return .array(combined)
      }
    default:
      throw binaryOperatorError(op, lhs, rhs, at: node)
    }
    if lhs.retype != nil && rhs.retype != nil {
      // Arithmetic on literals is itself a literal: `1 + 2` becomes a `Double` where one is needed.
      result.literal = .composite
      let (lhsRetype, rhsRetype) = (lhs.retype, rhs.retype)
      result.retype = { [weak self] target in
        guard let self, let a = lhsRetype?(target), let b = rhsRetype?(target) else { return nil }
        return try? self.arithmetic(op, a, b, at: node, position: position)
      }
    }
    if let a = lhs.constant, let b = rhs.constant, lhs.literal != .none, rhs.literal != .none,
      let value = try? result.eval(Machine.constantFolding)
    {
      // Swift folds literal arithmetic at compile time, where a NaN comes out positive.
      var folded = value
      if case .double(let x) = value, x.isNaN { folded = .double(Double.nan) }
      _ = (a, b)
      result.constant = folded
      let eval: Eval = { _ in folded }
      result.eval = eval
    }
    return result
  }

  /// `Double` arithmetic: a fast path for plain doubles, the shared slow path for dual numbers.
  static func doubleArithmetic(_ op: String, _ lhs: Expr, _ rhs: Expr) -> Expr {
    let operation: BinaryOperation
    switch op {
    case "+": operation = .add
    case "-": operation = .subtract
    case "*": operation = .multiply
    default: operation = .divide
    }
    var result = Expr(type: .double, eval: FusedArithmetic.make(operation, lhs, rhs))
    if let a = PureDouble(lhs), let b = PureDouble(rhs) {
      let tree = PureDouble.binary(operation, a, b)
      result.pure = tree
      result.eval = tree.eval(orElse: result.eval)
    }
    return result
  }

  // MARK: - Ranges

  func rangeExpression(
    closed: Bool,
    _ lhs: Expr,
    _ rhs: Expr,
    at node: some SyntaxProtocol,
    position: Int
  )
    throws(CompileError) -> Expr
  {
    guard lhs.type == rhs.type, lhs.type == .int || lhs.type == .double || lhs.type == .string else {
      throw binaryOperatorError(closed ? "..." : "..<", lhs, rhs, at: node)
    }
    let (l, r) = (lhs.eval, rhs.eval)
    let type = lhs.type
    var expr = Expr(type: .range(type, closed: closed)) { m throws(Trap) in
      let lower = try l(m)
      let upper = try r(m)
      if Value.less(upper, lower, type: type) {
        throw Trap(message: "Range requires lowerBound <= upperBound", position: position)
      }
      return .range(RangeBox(lower: lower, upper: upper))
    }
    if lhs.retype != nil && rhs.retype != nil {
      expr.retype = { [weak self] target in
        guard let self, case .range(let bound, let isClosed) = target, isClosed == closed,
          let a = lhs.retype?(bound), let b = rhs.retype?(bound)
        else { return nil }
        return try? self.rangeExpression(closed: closed, a, b, at: node, position: position)
      }
    }
    return expr
  }

  // MARK: - Prefix operators

  func prefix(_ node: PrefixOperatorExprSyntax, expected: SType?) throws(CompileError) -> Expr {
    let op = node.operator.text
    let position = node.operator.positionAfterSkippingLeadingTrivia.utf8Offset
    let operand = try expression(node.expression, expected: op == "!" ? .bool : expected)
    let eval = operand.eval
    switch (op, operand.type) {
    case ("-", .int):
      var result: Expr
      if case .int(let value)? = operand.constant {
        result = .constant(.int(-value), type: .int)
      } else {
        result = Expr(type: .int) { m throws(Trap) in .int(try Arithmetic.negate(try eval(m).asInt, at: position)) }
      }
      if let retype = operand.retype {
        result.literal = operand.literal
        result.retype = { [weak self] target in
          guard let self, let inner = retype(target) else { return nil }
          return try? self.negation(inner, position: position)
        }
      }
      return result
    case ("-", .double):
      return try negation(operand, position: position)
    case ("+", .int), ("+", .double):
      return operand
    case ("!", .bool):
      return Expr(type: .bool) { m throws(Trap) in .bool(!(try eval(m).asBool)) }
    case ("!", .int):
      throw CompileError("type 'Int' cannot be used as a boolean; test for '== 0' instead", at: node.expression)
    case ("!", _):
      throw CompileError(
        "cannot convert value of type '\(operand.type.spelling)' to expected argument type 'Bool'",
        at: node.expression
      )
    default:
      throw CompileError(
        "unary operator '\(op)' cannot be applied to an operand of type '\(operand.type.spelling)'",
        at: node.operator
      )
    }
  }

  private func negation(_ operand: Expr, position: Int) throws(CompileError) -> Expr {
    let eval = operand.eval
    switch operand.type {
    case .double:
      if case .double(let value)? = operand.constant {
        var result = Expr.constant(.double(-value), type: .double)
        result.literal = operand.literal
        return result
      }
      return Expr(type: .double) { m throws(Trap) in Arithmetic.negate(try eval(m)) }
    case .int:
      return Expr(type: .int) { m throws(Trap) in .int(try Arithmetic.negate(try eval(m).asInt, at: position)) }
    default:
      throw CompileError(
        "unary operator '-' cannot be applied to an operand of type '\(operand.type.spelling)'",
        offset: position
      )
    }
  }
}
