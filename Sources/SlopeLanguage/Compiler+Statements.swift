import SwiftSyntax

extension Compiler {
  /// Lowers one item of a statement list; `nil` when it does nothing at run time (`import`, `func` hoisting).
  func statement(_ item: CodeBlockItemSyntax) throws(CompileError) -> Exec? {
    switch item.item {
    case .decl(let decl): return try declaration(decl)
    case .stmt(let stmt): return try statement(stmt)
    case .expr(let expr): return try expressionStatement(expr)
    }
  }

  /// Lowers a statement list in the current scope, hoisting its functions first.
  func statements(_ list: CodeBlockItemListSyntax) throws(CompileError) -> Exec {
    if !declaresGlobals { scope.pendingNames = Compiler.declaredNames(in: list) }
    let prologue = try predeclareFunctions(in: list)
    var codes = prologue.map { ExecCode($0) }
    for item in list {
      if let code = try statement(item) { codes.append(ExecCode(code, pure: pureStore(of: item))) }
    }
    return Compiler.sequence(codes)
  }

  /// The pure store a statement lowered to (see ``PureStore``).
  func pureStore(of item: CodeBlockItemSyntax) -> PureStore? {
    switch item.item {
    case .decl(let decl): return pureStores[decl.id]
    case .expr(let expr): return pureStores[expr.id]
    case .stmt(let stmt): return stmt.as(ExpressionStmtSyntax.self).flatMap { pureStores[$0.expression.id] }
    }
  }

  /// The names the `let` and `var` declarations of a statement list declare.
  static func declaredNames(in list: CodeBlockItemListSyntax) -> Set<String> {
    var names: Set<String> = []
    for item in list {
      guard case .decl(let decl) = item.item, let variables = decl.as(VariableDeclSyntax.self) else { continue }
      for binding in variables.bindings {
        for token in binding.pattern.tokens(viewMode: .sourceAccurate) {
          guard case .identifier = token.tokenKind else { continue }
          names.insert(token.text)
        }
      }
    }
    return names
  }

  /// Lowers a `{ … }` body in a new scope.
  func body(_ block: CodeBlockSyntax) throws(CompileError) -> Exec {
    let outer = enterScope()
    defer { scope = outer }
    return try statements(block.statements)
  }

  /// One statement that runs `codes` in order and stops at the first jump.
  ///
  /// - Note: Longer lists become a tree of pairs rather than a loop over an array: closures stored in an
  ///   array are called through a reabstraction thunk, and each element is retained as it is read.
  static func sequence(_ codes: [ExecCode]) -> Exec {
    let stores = codes.compactMap(\.pure)
    if stores.count == codes.count && stores.count > 1 { return PureStore.chain(stores[...]) }
    switch codes.count {
    case 0: return { _ in .normal }
    case 1: return codes[0].exec
    case 2:
      let first = codes[0].exec
      let second = codes[1].exec
      return { m throws(Trap) in
        let flow = try first(m)
        if case .normal = flow { return try second(m) }
        return flow
      }
    case 3:
      let (first, second, third) = (codes[0].exec, codes[1].exec, codes[2].exec)
      return { m throws(Trap) in
        var flow = try first(m)
        guard case .normal = flow else { return flow }
        flow = try second(m)
        guard case .normal = flow else { return flow }
        return try third(m)
      }
    default:
      let middle = codes.count / 2
      return sequence([ExecCode(sequence(Array(codes[..<middle]))), ExecCode(sequence(Array(codes[middle...])))])
    }
  }

  private func statement(_ stmt: StmtSyntax) throws(CompileError) -> Exec? {
    if let expression = stmt.as(ExpressionStmtSyntax.self) { return try expressionStatement(expression.expression) }
    if let forLoop = stmt.as(ForStmtSyntax.self) { return try forStatement(forLoop, label: nil) }
    if let whileLoop = stmt.as(WhileStmtSyntax.self) { return try whileStatement(whileLoop, label: nil) }
    if let repeatLoop = stmt.as(RepeatStmtSyntax.self) { return try repeatStatement(repeatLoop, label: nil) }
    if let guardStmt = stmt.as(GuardStmtSyntax.self) { return try guardStatement(guardStmt) }
    if let returnStmt = stmt.as(ReturnStmtSyntax.self) { return try returnStatement(returnStmt) }
    if let breakStmt = stmt.as(BreakStmtSyntax.self) { return try breakStatement(breakStmt) }
    if let continueStmt = stmt.as(ContinueStmtSyntax.self) { return try continueStatement(continueStmt) }
    if let labeled = stmt.as(LabeledStmtSyntax.self) { return try labeledStatement(labeled) }
    if let doStmt = stmt.as(DoStmtSyntax.self), doStmt.catchClauses.isEmpty { return try body(doStmt.body) }
    if stmt.is(ThrowStmtSyntax.self) || stmt.is(DoStmtSyntax.self) {
      throw CompileError("'throw' and 'do'/'catch' are not supported in notebooks", at: stmt)
    }
    if stmt.is(DeferStmtSyntax.self) {
      throw CompileError("'defer' statements are not supported in notebooks", at: stmt)
    }
    throw CompileError("this statement is not supported in notebooks", at: stmt)
  }

  private func expressionStatement(_ expr: ExprSyntax) throws(CompileError) -> Exec {
    if let ifExpr = expr.as(IfExprSyntax.self) { return try ifStatement(ifExpr) }
    if let switchExpr = expr.as(SwitchExprSyntax.self) { return try switchStatement(switchExpr, label: nil) }
    if let infix = expr.as(InfixOperatorExprSyntax.self), let assignment = try assignment(infix) {
      return assignment
    }
    let value = try expression(expr, expected: nil)
    let eval = value.eval
    return { m throws(Trap) in
      _ = try eval(m)
      return .normal
    }
  }

  // MARK: - Conditions

  /// Lowers the comma-separated conditions of `if`, `guard` and `while`; optional bindings declare
  /// their names in the current scope.
  func conditions(_ list: ConditionElementListSyntax) throws(CompileError) -> (Machine) throws(Trap) -> Bool {
    var tests: [(Machine) throws(Trap) -> Bool] = []
    for element in list {
      switch element.condition {
      case .expression(let expr):
        let condition = try coerce(try expression(expr, expected: .bool), to: .bool, at: expr, .condition)
        let eval = condition.eval
        let test: (Machine) throws(Trap) -> Bool = { m throws(Trap) in try eval(m).asBool }
        tests.append(test)
      case .optionalBinding(let binding):
        tests.append(try optionalBinding(binding))
      case .matchingPattern(let pattern):
        throw CompileError("'case' patterns in conditions are not supported in notebooks", at: pattern)
      case .availability(let availability):
        throw CompileError("availability conditions are not supported in notebooks", at: availability)
      }
    }
    if tests.count == 1 { return tests[0] }
    return { m throws(Trap) in
      for test in tests where try !test(m) { return false }
      return true
    }
  }

  private func optionalBinding(
    _ binding: OptionalBindingConditionSyntax
  ) throws(CompileError) -> (Machine) throws(Trap) -> Bool {
    guard let identifier = binding.pattern.as(IdentifierPatternSyntax.self) else {
      throw CompileError("only a name can be bound by 'if let' in notebooks", at: binding.pattern)
    }
    let name = identifier.identifier.text
    let source: Expr
    if let initializer = binding.initializer {
      source = try expression(initializer.value, expected: nil)
    } else {
      source = try expression(ExprSyntax(DeclReferenceExprSyntax(baseName: identifier.identifier)), expected: nil)
    }
    guard case .optional(let wrapped) = source.type else {
      throw CompileError(
        "initializer for conditional binding must have Optional type, not '\(source.type.spelling)'",
        at: binding
      )
    }
    var boundType = wrapped
    if let annotation = binding.typeAnnotation {
      boundType = try type(annotation.type)
      if boundType != wrapped {
        throw CompileError(
          "cannot convert value of type '\(wrapped.spelling)' to specified type '\(boundType.spelling)'",
          at: annotation.type
        )
      }
    }
    let variable = try declareVariable(
      name,
      type: boundType,
      isMutable: binding.bindingSpecifier.tokenKind == .keyword(.var),
      replacing: true,
      at: identifier
    )
    let eval = source.eval
    let store = initialize(variable)
    return { m throws(Trap) in
      let value = try eval(m)
      if case .none = value { return false }
      store(m, value)
      return true
    }
  }

  // MARK: - if, guard

  private func ifStatement(_ node: IfExprSyntax) throws(CompileError) -> Exec {
    let outer = enterScope()
    let test = try conditions(node.conditions)
    let thenBody = try body(node.body)
    scope = outer
    var elseBody: Exec = { _ in .normal }
    switch node.elseBody {
    case .ifExpr(let elseIf): elseBody = try ifStatement(elseIf)
    case .codeBlock(let block): elseBody = try body(block)
    case nil: break
    }
    let otherwise = elseBody
    return { m throws(Trap) in try test(m) ? try thenBody(m) : try otherwise(m) }
  }

  private func guardStatement(_ node: GuardStmtSyntax) throws(CompileError) -> Exec {
    // The bindings of `guard let` stay visible after the statement, so they go into the current scope.
    let test = try conditions(node.conditions)
    let elseBody = try body(node.body)
    if !Compiler.alwaysExits(node.body.statements) {
      throw CompileError(
        "'guard' body must not fall through, consider using a 'return' or 'throw' to exit the scope",
        at: node.body.rightBrace
      )
    }
    return { m throws(Trap) in try test(m) ? .normal : try elseBody(m) }
  }

  // MARK: - Jumps

  private func returnStatement(_ node: ReturnStmtSyntax) throws(CompileError) -> Exec {
    if context.isTopLevel {
      throw CompileError("return invalid outside of a func", at: node)
    }
    guard let expr = node.expression else {
      if let result = context.resultType, result != .void {
        throw CompileError("non-void function should return a value", at: node)
      }
      context.resultType = context.resultType ?? .void
      return { m in
        m.returnValue = .none
        return .returned
      }
    }
    var value = try expression(expr, expected: context.resultType)
    if let result = context.resultType {
      if result == .void {
        throw CompileError("unexpected non-void return value in void function", at: expr)
      }
      value = try coerce(value, to: result, at: expr, .returned)
    } else {
      value = try defaultType(of: value, at: expr)
      context.resultType = value.type
    }
    let eval = value.eval
    return { m throws(Trap) in
      m.returnValue = try eval(m)
      return .returned
    }
  }

  private func breakStatement(_ node: BreakStmtSyntax) throws(CompileError) -> Exec {
    let target = try jumpTarget(label: node.label, loopsOnly: false, at: node)
    let id = target.id
    return { _ in .breakOut(id) }
  }

  private func continueStatement(_ node: ContinueStmtSyntax) throws(CompileError) -> Exec {
    let target = try jumpTarget(label: node.label, loopsOnly: true, at: node)
    let id = target.id
    return { _ in .continueLoop(id) }
  }

  private func jumpTarget(
    label: TokenSyntax?,
    loopsOnly: Bool,
    at node: some SyntaxProtocol
  ) throws(CompileError)
    -> JumpTarget
  {
    if let label {
      guard let target = context.jumpTargets.last(where: { $0.label == label.text }) else {
        throw CompileError("cannot find label '\(label.text)' in scope", at: label)
      }
      if loopsOnly && !target.isLoop {
        throw CompileError("'continue' cannot be used with if statements", at: node)
      }
      return target
    }
    let candidates = loopsOnly ? context.jumpTargets.filter(\.isLoop) : context.jumpTargets
    guard let target = candidates.last else {
      let keyword = loopsOnly ? "continue" : "break"
      throw CompileError("'\(keyword)' is only allowed inside a loop, if, do, or switch", at: node)
    }
    return target
  }

  private func labeledStatement(_ node: LabeledStmtSyntax) throws(CompileError) -> Exec {
    let label = node.label.text
    let stmt = node.statement
    if let forLoop = stmt.as(ForStmtSyntax.self) { return try forStatement(forLoop, label: label) }
    if let whileLoop = stmt.as(WhileStmtSyntax.self) { return try whileStatement(whileLoop, label: label) }
    if let repeatLoop = stmt.as(RepeatStmtSyntax.self) { return try repeatStatement(repeatLoop, label: label) }
    if let expression = stmt.as(ExpressionStmtSyntax.self),
      let switchExpr = expression.expression.as(SwitchExprSyntax.self)
    {
      return try switchStatement(switchExpr, label: label)
    }
    throw CompileError("labels are supported on loops and 'switch' statements only", at: node)
  }

  /// Makes a new loop or `switch` the innermost jump target and returns its id; `popJumpTarget()` ends it.
  func pushJumpTarget(label: String?, isLoop: Bool) -> Int {
    let id = context.newJumpID()
    context.jumpTargets.append(JumpTarget(id: id, label: label, isLoop: isLoop))
    return id
  }

  func popJumpTarget() { context.jumpTargets.removeLast() }

  /// Lowers a loop body with the loop as the innermost jump target.
  func loopBody(_ block: CodeBlockSyntax, label: String?) throws(CompileError) -> (id: Int, body: Exec) {
    let id = pushJumpTarget(label: label, isLoop: true)
    defer { popJumpTarget() }
    return (id, try body(block))
  }

  // MARK: - Definite exits

  /// Whether a statement list never falls off its end (it returns, breaks, continues or traps on every path).
  static func alwaysExits(_ list: CodeBlockItemListSyntax) -> Bool {
    guard let last = list.last else { return false }
    return alwaysExits(last.item)
  }

  private static func alwaysExits(_ item: CodeBlockItemSyntax.Item) -> Bool {
    switch item {
    case .stmt(let stmt):
      if stmt.is(ReturnStmtSyntax.self) || stmt.is(BreakStmtSyntax.self) || stmt.is(ContinueStmtSyntax.self) {
        return true
      }
      if let expression = stmt.as(ExpressionStmtSyntax.self) { return alwaysExits(.expr(expression.expression)) }
      if let whileLoop = stmt.as(WhileStmtSyntax.self), whileLoop.conditions.count == 1,
        case .expression(let condition) = whileLoop.conditions.first?.condition,
        condition.as(BooleanLiteralExprSyntax.self)?.literal.tokenKind == .keyword(.true)
      {
        return true
      }
      return false
    case .expr(let expr):
      if let ifExpr = expr.as(IfExprSyntax.self) {
        guard alwaysExits(ifExpr.body.statements) else { return false }
        switch ifExpr.elseBody {
        case .ifExpr(let elseIf): return alwaysExits(.expr(ExprSyntax(elseIf)))
        case .codeBlock(let block): return alwaysExits(block.statements)
        case nil: return false
        }
      }
      if let switchExpr = expr.as(SwitchExprSyntax.self) {
        return switchExpr.cases.allSatisfy { element in
          guard case .switchCase(let switchCase) = element else { return false }
          return alwaysExits(switchCase.statements)
        }
      }
      if let call = expr.as(FunctionCallExprSyntax.self),
        let name = call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text
      {
        return name == "fatalError" || name == "preconditionFailure"
      }
      return false
    case .decl:
      return false
    }
  }
}
