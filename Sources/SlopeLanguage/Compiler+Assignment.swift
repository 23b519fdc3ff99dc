import SlopeCalculus
import SwiftSyntax

/// A place that can be assigned: a variable, or an element or tuple field inside one.
struct LValue {
  let type: SType
  /// The variable at the root of the place.
  let root: Variable
  /// Mutates the place in place, so that an array held by one variable is not copied to change one element.
  let modify: (Machine, (inout Value) throws(Trap) -> Void) throws(Trap) -> Void
}

extension Compiler {
  /// What is being done to a place, which decides how Swift words an immutable one.
  enum Mutation {
    case assign
    case mutatingOperator
    case mutatingMember
  }

  /// Lowers `(a, b) = (b, a)`: the whole value is computed first, then each place is assigned in order
  /// (`_` discards its field).
  private func tupleAssignment(_ tuple: TupleExprSyntax, value syntax: ExprSyntax) throws(CompileError) -> Exec {
    var places: [LValue?] = []
    var types: [SType] = []
    for element in tuple.elements {
      if element.expression.is(DiscardAssignmentExprSyntax.self) {
        places.append(nil)
        types.append(.inferred)
        continue
      }
      let place = try lvalue(element.expression, mutation: .assign, reportAt: nil)
      places.append(place)
      types.append(place.type)
    }
    let labels = tuple.elements.map { $0.label?.text }
    var value = try expression(syntax, expected: .tuple(types, labels: labels))
    guard case .tuple(let valueTypes, _) = value.type, valueTypes.count == places.count else {
      throw CompileError(
        "cannot assign value of type '\(value.type.spelling)' to type '\(SType.tuple(types, labels: labels).spelling)'",
        at: syntax
      )
    }
    // Discarded fields keep the value's own type.
    let target = SType.tuple(zip(types, valueTypes).map { $0 == .inferred ? $1 : $0 }, labels: labels)
    value = try coerce(value, to: target, at: syntax, .assigned)
    let eval = value.eval
    let modifies = places.map { $0?.modify }
    return { m throws(Trap) in
      let fields = try eval(m).asArray
      for (index, modify) in modifies.enumerated() {
        guard let modify, index < fields.count else { continue }
        let field = fields[index]
        try modify(m) { (slot: inout Value) throws(Trap) in slot = field }
      }
      return .normal
    }
  }

  /// Lowers `place = value` and `place op= value`; `nil` when the operator is not an assignment.
  func assignment(_ node: InfixOperatorExprSyntax) throws(CompileError) -> Exec? {
    let op: String
    if node.operator.is(AssignmentExprSyntax.self) {
      op = "="
    } else if let text = node.operator.as(BinaryOperatorExprSyntax.self)?.operator.text,
      Compiler.isAssignment(node.operator)
    {
      op = text
    } else {
      return nil
    }
    if op == "=", node.leftOperand.is(DiscardAssignmentExprSyntax.self) {
      let value = try expression(node.rightOperand, expected: nil)
      let eval = value.eval
      return { m throws(Trap) in
        _ = try eval(m)
        return .normal
      }
    }
    if op == "=", let tuple = node.leftOperand.as(TupleExprSyntax.self), tuple.elements.count > 1 {
      return try tupleAssignment(tuple, value: node.rightOperand)
    }
    let place = try lvalue(
      node.leftOperand,
      mutation: op == "=" ? .assign : .mutatingOperator,
      reportAt: op == "=" ? nil : Syntax(node.operator)
    )
    let rawValue = try expression(node.rightOperand, expected: place.type)
    let position = node.operator.positionAfterSkippingLeadingTrivia.utf8Offset
    if op == "=" {
      let value = try coerce(rawValue, to: place.type, at: node.rightOperand, .assigned)
      let eval = value.eval
      if let simple = node.leftOperand.as(DeclReferenceExprSyntax.self), simple.baseName.text == place.root.name {
        let store = write(place.root)
        let code: Exec = { m throws(Trap) in
          store(m, try eval(m))
          return .normal
        }
        var target: PureStore.Target?
        switch access(place.root) {
        case .local(let slot): target = .local(slot)
        case .global(let id): target = .global(id)
        default: break
        }
        if let target, let pure = PureStore(value, into: target, slow: code) {
          pureStores[node.id] = pure
          return pure.exec
        }
        return code
      }
      let modify = place.modify
      return { m throws(Trap) in
        let newValue = try eval(m)
        try modify(m) { (slot: inout Value) throws(Trap) in slot = newValue }
        return .normal
      }
    }
    let arithmeticOp = String(op.dropLast())
    guard let value = convert(rawValue, to: place.type) else {
      if [SType.int, .double, .string].contains(place.type) || place.type.iterationElement != nil {
        throw CompileError(
          "cannot convert value of type '\(rawValue.type.spelling)' to expected argument type '\(place.type.spelling)'",
          at: node.rightOperand
        )
      }
      throw binaryOperatorError(op, Expr(type: place.type, eval: { _ in .none }), rawValue, at: node.operator)
    }
    guard let combine = Compiler.binaryFunction(arithmeticOp, type: place.type, position: position) else {
      throw binaryOperatorError(op, Expr(type: place.type, eval: { _ in .none }), value, at: node.operator)
    }
    let eval = value.eval
    if place.type == .double, let simple = node.leftOperand.as(DeclReferenceExprSyntax.self),
      simple.baseName.text == place.root.name
    {
      var lowered: (PureStore.Target, Exec)?
      switch access(place.root) {
      case .local(let slot):
        lowered = (.local(slot), Compiler.doubleCompoundAssignment(arithmeticOp, value: eval) { $0.local(slot) })
      case .global(let id):
        lowered = (.global(id), Compiler.doubleCompoundAssignment(arithmeticOp, value: eval) { $0.global(id) })
      default: break
      }
      if let (target, code) = lowered {
        let operation = Compiler.operation(arithmeticOp)
        guard let store = PureStore(value, into: target, operation: operation, slow: code) else { return code }
        pureStores[node.id] = store
        return store.exec
      }
    }
    let modify = place.modify
    if Compiler.hasSizeCap(place.type) {
      return Compiler.cappedCompoundAssignment(value: eval, modify: modify, combine: combine, position: position)
    }
    return { m throws(Trap) in
      let operand = try eval(m)
      try modify(m) { (slot: inout Value) throws(Trap) in
        let old = slot
        slot = .none
        slot = try combine(old, operand)
      }
      return .normal
    }
  }

  /// The operation `op` on two values of `type`, for compound assignment; `nil` when there is none.
  static func binaryFunction(_ op: String, type: SType, position: Int) -> ((Value, Value) throws(Trap) -> Value)? {
    switch (type, op) {
    case (.int, "+"): return { a, b throws(Trap) in .int(try Arithmetic.add(a.asInt, b.asInt, at: position)) }
    case (.int, "-"): return { a, b throws(Trap) in .int(try Arithmetic.subtract(a.asInt, b.asInt, at: position)) }
    case (.int, "*"): return { a, b throws(Trap) in .int(try Arithmetic.multiply(a.asInt, b.asInt, at: position)) }
    case (.int, "/"): return { a, b throws(Trap) in .int(try Arithmetic.divide(a.asInt, b.asInt, at: position)) }
    case (.int, "%"): return { a, b throws(Trap) in .int(try Arithmetic.remainder(a.asInt, b.asInt, at: position)) }
    case (.double, "+"): return { a, b in Arithmetic.apply(.add, a, b) }
    case (.double, "-"): return { a, b in Arithmetic.apply(.subtract, a, b) }
    case (.double, "*"): return { a, b in Arithmetic.apply(.multiply, a, b) }
    case (.double, "/"): return { a, b in Arithmetic.apply(.divide, a, b) }
    case (.string, "+"): return { a, b in .string(a.asString + b.asString) }
    case (.array, "+"): return { a, b in .array(a.asArray + b.asArray) }
    default: return nil
    }
  }

  /// The operation of `Double` compound assignment `op=`, one of `+ - * /`.
  private static func operation(_ op: String) -> BinaryOperation {
    switch op {
    case "+": return .add
    case "-": return .subtract
    case "*": return .multiply
    default: return .divide
    }
  }

  /// `x op= value` for a `Double` local, without going through the general place machinery.
  private static func doubleCompoundAssignment(
    _ op: String,
    value: @escaping Eval,
    place: @escaping (Machine) -> UnsafeMutablePointer<Value>
  ) -> Exec {
    let operation = operation(op)
    return { m throws(Trap) in
      let operand = try value(m)
      let place = place(m)
      if case .double(let x) = place.pointee, case .double(let y) = operand {
        place.pointee = .double(operation.evaluate(x, y))
      } else {
        place.pointee = Arithmetic.apply(operation, place.pointee, operand)
      }
      return .normal
    }
  }

  /// The place an expression names, checking that it may be changed.
  func lvalue(_ expr: ExprSyntax, mutation: Mutation, reportAt: Syntax? = nil) throws(CompileError) -> LValue {
    if let reference = expr.as(DeclReferenceExprSyntax.self) {
      let name = reference.baseName.text
      guard case .variable(let variable)? = scope.lookup(name) else {
        if scope.lookup(name) != nil || prelude.hasFunction(name) {
          throw CompileError("cannot assign to value: '\(name)' is a function", at: reference)
        }
        throw CompileError("cannot find '\(name)' in scope", at: reference)
      }
      if !variable.isMutable {
        throw Compiler.immutable(name, mutation: mutation, assigning: "to value", at: reportAt ?? Syntax(reference))
      }
      return LValue(type: variable.type, root: variable, modify: modify(variable))
    }
    if let subscriptCall = expr.as(SubscriptCallExprSyntax.self) {
      let base = try lvalueForPart(
        subscriptCall.calledExpression,
        part: "subscript",
        mutation: mutation,
        reportAt: reportAt ?? Syntax(subscriptCall.leftSquare)
      )
      guard case .array(let element) = base.type else {
        throw CompileError(
          "value of type '\(base.type.spelling)' has no subscripts",
          at: subscriptCall.calledExpression
        )
      }
      guard subscriptCall.arguments.count == 1, let argument = subscriptCall.arguments.first else {
        throw CompileError("subscript takes one index", at: subscriptCall)
      }
      let index = try coerce(
        try expression(argument.expression, expected: .int),
        to: .int,
        at: argument.expression,
        .argument
      )
      let indexEval = index.eval
      let parent = base.modify
      let position = subscriptCall.leftSquare.positionAfterSkippingLeadingTrivia.utf8Offset
      return LValue(type: element, root: base.root) { m, body throws(Trap) in
        let i = try indexEval(m).asInt
        try parent(m) { (value: inout Value) throws(Trap) in
          guard case .array(var elements) = value else { return }
          guard i >= 0 && i < elements.count else { throw Trap(message: "Index out of range", position: position) }
          value = .none
          defer { value = .array(elements) }
          try body(&elements[i])
        }
      }
    }
    if let member = expr.as(MemberAccessExprSyntax.self), let baseSyntax = member.base {
      let base = try lvalueForPart(baseSyntax, part: "property", mutation: mutation, reportAt: reportAt)
      guard case .tuple(let elements, let labels) = base.type,
        let index = Compiler.tupleIndex(member.declName.baseName.text, labels: labels)
      else {
        throw CompileError(
          "value of type '\(base.type.spelling)' has no member '\(member.declName.baseName.text)'",
          at: member.declName
        )
      }
      let parent = base.modify
      return LValue(type: elements[index], root: base.root) { m, body throws(Trap) in
        try parent(m) { (value: inout Value) throws(Trap) in
          guard case .tuple(var fields) = value else { return }
          value = .none
          defer { value = .tuple(fields) }
          try body(&fields[index])
        }
      }
    }
    if let paren = expr.as(TupleExprSyntax.self), paren.elements.count == 1, let only = paren.elements.first {
      return try lvalue(only.expression, mutation: mutation, reportAt: reportAt)
    }
    throw CompileError("cannot assign to this expression", at: expr)
  }

  private func lvalueForPart(
    _ base: ExprSyntax,
    part: String,
    mutation: Mutation,
    reportAt: Syntax?
  )
    throws(CompileError) -> LValue
  {
    if let reference = base.as(DeclReferenceExprSyntax.self),
      case .variable(let variable)? = scope.lookup(reference.baseName.text), !variable.isMutable
    {
      throw Compiler.immutable(
        variable.name,
        mutation: mutation,
        assigning: "through \(part)",
        at: reportAt ?? Syntax(reference)
      )
    }
    return try lvalue(base, mutation: mutation, reportAt: reportAt)
  }

  /// swiftc's error for changing a `let` constant: `assigning` completes "cannot assign …" for a plain
  /// assignment (`to value`, `through subscript`).
  static func immutable(_ name: String, mutation: Mutation, assigning: String, at node: Syntax) -> CompileError {
    switch mutation {
    case .assign:
      return CompileError("cannot assign \(assigning): '\(name)' is a 'let' constant", at: node)
    case .mutatingOperator:
      return CompileError("left side of mutating operator isn't mutable: '\(name)' is a 'let' constant", at: node)
    case .mutatingMember:
      return CompileError("cannot use mutating member on immutable value: '\(name)' is a 'let' constant", at: node)
    }
  }

  /// The index of a tuple element named `.0` or `.label`.
  static func tupleIndex(_ name: String, labels: [String?]) -> Int? {
    if let index = Int(name), index >= 0, index < labels.count { return index }
    return labels.firstIndex(of: name)
  }
}
