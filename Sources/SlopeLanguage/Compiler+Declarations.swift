import SwiftSyntax

extension Compiler {
  /// Lowers a declaration; `nil` when nothing happens at run time.
  func declaration(_ decl: DeclSyntax) throws(CompileError) -> Exec? {
    if let variable = decl.as(VariableDeclSyntax.self) { return try variableDeclaration(variable) }
    if let function = decl.as(FunctionDeclSyntax.self) { return try functionDeclaration(function) }
    if decl.is(ImportDeclSyntax.self) { return nil }
    let keyword: String
    switch decl.kind {
    case .structDecl: keyword = "struct"
    case .classDecl: keyword = "class"
    case .enumDecl: keyword = "enum"
    case .protocolDecl: keyword = "protocol"
    case .extensionDecl: keyword = "extension"
    case .actorDecl: keyword = "actor"
    case .typeAliasDecl: keyword = "typealias"
    case .operatorDecl, .precedenceGroupDecl: keyword = "operator"
    case .macroExpansionDecl, .macroDecl: keyword = "macro"
    default: keyword = "this"
    }
    if keyword == "this" { throw CompileError("this declaration is not supported in notebooks", at: decl) }
    throw CompileError("'\(keyword)' declarations are not supported in notebooks", at: decl)
  }

  // MARK: - let and var

  private func variableDeclaration(_ node: VariableDeclSyntax) throws(CompileError) -> Exec {
    if let attribute = node.attributes.first {
      throw CompileError("attributes are not supported in notebooks", at: attribute)
    }
    let isMutable = node.bindingSpecifier.tokenKind == .keyword(.var)
    var codes: [ExecCode] = []
    for binding in node.bindings {
      if let accessor = binding.accessorBlock {
        throw CompileError("computed properties are not supported in notebooks", at: accessor)
      }
      var annotated: SType?
      if let annotation = binding.typeAnnotation { annotated = try type(annotation.type) }
      guard let initializer = binding.initializer else {
        guard let annotated else {
          throw CompileError("type annotation missing in pattern", at: binding.pattern)
        }
        let variables = try declarePattern(binding.pattern, type: annotated, isMutable: isMutable)
        // An optional `var` starts as `nil`; anything else must be assigned before use, as Swift checks.
        let stores = variables.map { initialize($0) }
        let code: Exec = { m in
          for store in stores { store(m, .none) }
          return .normal
        }
        codes.append(ExecCode(code))
        continue
      }
      var value = try expression(initializer.value, expected: annotated)
      if let annotated {
        value = try coerce(value, to: annotated, at: initializer.value, .specified)
      } else {
        value = try defaultType(of: value, at: initializer.value)
        if value.type == .void, binding.pattern.is(IdentifierPatternSyntax.self) {
          // Swift allows it (with a warning); the constant holds `()`.
        }
      }
      let variables = try declarePattern(binding.pattern, type: value.type, isMutable: isMutable)
      let eval = value.eval
      if variables.count == 1, binding.pattern.is(IdentifierPatternSyntax.self),
        case .local(let slot) = variables[0].storage
      {
        let code: Exec = { m throws(Trap) in
          m.local(slot).pointee = try eval(m)
          return .normal
        }
        if node.bindings.count == 1, let store = PureStore(value, into: .local(slot), declares: true, slow: code) {
          pureStores[node.id] = store
          codes.append(ExecCode(store.exec, pure: store))
        } else {
          codes.append(ExecCode(code))
        }
      } else if variables.count == 1, binding.pattern.is(IdentifierPatternSyntax.self) {
        let store = initialize(variables[0])
        let code: Exec = { m throws(Trap) in
          store(m, try eval(m))
          return .normal
        }
        if node.bindings.count == 1, case .global(let id) = variables[0].storage,
          let pure = PureStore(value, into: .global(id), declares: true, slow: code)
        {
          pureStores[node.id] = pure
          codes.append(ExecCode(pure.exec, pure: pure))
        } else {
          codes.append(ExecCode(code))
        }
      } else {
        let assign = destructure(binding.pattern, variables: variables)
        let code: Exec = { m throws(Trap) in
          assign(m, try eval(m))
          return .normal
        }
        codes.append(ExecCode(code))
      }
    }
    return Compiler.sequence(codes)
  }

  /// Declares the names of a `let`/`var`/`for` pattern for a value of `type`, in pattern order.
  func declarePattern(_ pattern: PatternSyntax, type: SType, isMutable: Bool) throws(CompileError) -> [Variable] {
    if let identifier = pattern.as(IdentifierPatternSyntax.self) {
      return [try declareVariable(identifier.identifier.text, type: type, isMutable: isMutable, at: identifier)]
    }
    if pattern.is(WildcardPatternSyntax.self) { return [] }
    if let tuple = pattern.as(TuplePatternSyntax.self) {
      guard case .tuple(let elements, _) = type, elements.count == tuple.elements.count else {
        throw CompileError(
          "tuple pattern cannot match values of the non-tuple type '\(type.spelling)'",
          at: pattern
        )
      }
      var result: [Variable] = []
      for (element, elementType) in zip(tuple.elements, elements) {
        result += try declarePattern(element.pattern, type: elementType, isMutable: isMutable)
      }
      return result
    }
    if let binding = pattern.as(ValueBindingPatternSyntax.self) {
      return try declarePattern(binding.pattern, type: type, isMutable: binding.bindingSpecifier.text == "var")
    }
    throw CompileError("this pattern is not supported in notebooks", at: pattern)
  }

  /// Code that stores the parts of a value into the variables a pattern declared.
  func destructure(_ pattern: PatternSyntax, variables: [Variable]) -> (Machine, Value) -> Void {
    var paths: [[Int]] = []
    func walk(_ pattern: PatternSyntax, path: [Int]) {
      if pattern.is(IdentifierPatternSyntax.self) {
        paths.append(path)
      } else if let tuple = pattern.as(TuplePatternSyntax.self) {
        for (index, element) in tuple.elements.enumerated() { walk(element.pattern, path: path + [index]) }
      } else if let binding = pattern.as(ValueBindingPatternSyntax.self) {
        walk(binding.pattern, path: path)
      }
    }
    walk(pattern, path: [])
    let stores = zip(variables, paths).map { (initialize($0.0), $0.1) }
    return { m, value in
      for (store, path) in stores {
        var part = value
        for index in path { part = part.asArray[index] }
        store(m, part)
      }
    }
  }

  // MARK: - func

  /// Declares the functions of a statement list before its statements are lowered, so that they can be
  /// called before their declaration and call each other. Returns the code that creates the cells of
  /// nested functions.
  @discardableResult
  func predeclareFunctions(in list: CodeBlockItemListSyntax) throws(CompileError) -> [Exec] {
    var prologue: [Exec] = []
    for item in list {
      guard case .decl(let decl) = item.item, let function = decl.as(FunctionDeclSyntax.self) else { continue }
      let declaration = try functionSignature(function)
      pendingFunctions[function.id] = declaration
      if let variable = declaration.variable, case .cell(let slot) = variable.storage {
        let code: Exec = { m in
          m.local(slot).pointee = .cell(Cell(.none))
          return .normal
        }
        prologue.append(code)
      }
    }
    return prologue
  }

  private func functionSignature(_ node: FunctionDeclSyntax) throws(CompileError) -> FunctionDeclaration {
    if let generics = node.genericParameterClause {
      throw CompileError("generic functions are not supported in notebooks", at: generics)
    }
    if let effects = node.signature.effectSpecifiers {
      throw CompileError("'throws' and 'async' are not supported in notebooks", at: effects)
    }
    if let modifier = node.modifiers.first {
      throw CompileError("'\(modifier.name.text)' is not supported in notebooks", at: modifier)
    }
    if node.name.tokenKind != .identifier(node.name.text) {
      throw CompileError("operator functions are not supported in notebooks", at: node.name)
    }
    let name = node.name.text
    var labels: [String?] = []
    var types: [SType] = []
    var defaults: [Expr?] = []
    for parameter in node.signature.parameterClause.parameters {
      if let ellipsis = parameter.ellipsis {
        throw CompileError("variadic parameters are not supported in notebooks", at: ellipsis)
      }
      labels.append(parameter.firstName.tokenKind == .wildcard ? nil : parameter.firstName.text)
      let parameterType = try type(parameter.type)
      types.append(parameterType)
      if let defaultValue = parameter.defaultValue {
        let value = try expression(defaultValue.value, expected: parameterType)
        defaults.append(try coerce(value, to: parameterType, at: defaultValue.value, .argument))
      } else {
        defaults.append(nil)
      }
    }
    var result = SType.void
    if let clause = node.signature.returnClause { result = try type(clause.type) }
    switch scope.local(name) {
    case .variable:
      throw CompileError("invalid redeclaration of '\(name)'", at: node.name)
    case .functions(let existing):
      if existing.contains(where: { $0.labels == labels && $0.parameterTypes == types }) {
        throw CompileError("invalid redeclaration of '\(name)'", at: node.name)
      }
    case nil: break
    }
    let code = FunctionCode(name: name, parameterCount: types.count)
    var variable: Variable?
    if !declaresGlobals {
      variable = Variable(
        name: name,
        type: .function(types, result),
        isMutable: false,
        storage: .cell(context.allocateSlot(for: nil)),
        context: context,
        statementIndex: statementIndex
      )
    }
    let declaration = FunctionDeclaration(
      name: name,
      labels: labels,
      parameterTypes: types,
      resultType: result,
      defaults: defaults,
      code: code,
      variable: variable,
      statementIndex: statementIndex
    )
    scope.declare(declaration)
    return declaration
  }

  private func functionDeclaration(_ node: FunctionDeclSyntax) throws(CompileError) -> Exec? {
    let declaration: FunctionDeclaration
    if let pending = pendingFunctions.removeValue(forKey: node.id) {
      declaration = pending
    } else {
      declaration = try functionSignature(node)
    }
    guard let bodySyntax = node.body else {
      throw CompileError("expected '{' in body of function declaration", at: node)
    }
    // Each parameter with the token of its name inside the body, where a redeclaration is reported.
    let parameterNames = node.signature.parameterClause.parameters.map { parameter in
      let name = parameter.secondName ?? parameter.firstName
      return (name.text, name)
    }
    let (captures, _) = try functionBody(
      code: declaration.code,
      parameters: parameterNames,
      types: declaration.parameterTypes,
      resultType: declaration.resultType,
      statements: bodySyntax.statements,
      kind: declaresGlobals ? "global function" : "local function",
      closingBrace: bodySyntax.rightBrace
    )
    guard let variable = declaration.variable, case .cell(let slot) = variable.storage else { return nil }
    let code = declaration.code
    let loads = captures.map { captureLoad($0) }
    return { m throws(Trap) in
      var captured: [Value] = []
      captured.reserveCapacity(loads.count)
      for load in loads { captured.append(try load(m)) }
      if case .cell(let cell) = m.local(slot).pointee {
        cell.value = .function(FunctionValue(code: code, captures: captured))
      }
      return .normal
    }
  }

  /// Lowers a function or closure body into `code` and returns the outer variables it captures.
  ///
  /// The body gets its own frame: parameters in the first slots, then its locals.
  func functionBody(
    code: FunctionCode,
    parameters: [(String, some SyntaxProtocol)],
    types: [SType],
    resultType: SType?,
    statements: CodeBlockItemListSyntax,
    kind: String,
    closingBrace: TokenSyntax,
    splat: [(String, Syntax)]? = nil
  ) throws(CompileError) -> (captures: [Variable], result: SType) {
    let savedContext = context
    let savedScope = scope
    let functionContext = FunctionContext(
      parent: context,
      isTopLevel: false,
      capturedNames: CaptureScanner.names(in: statements),
      resultType: resultType,
      parameters: 0
    )
    context = functionContext
    scope = Scope(parent: savedScope, context: functionContext)
    code.parameterNames = splat?.map(\.0) ?? parameters.map(\.0)
    defer {
      context = savedContext
      scope = savedScope
    }
    for ((name, node), type) in zip(parameters, types) {
      let slot = functionContext.allocateSlot(for: type)
      let variable = Variable(
        name: name,
        type: type,
        isMutable: false,
        storage: .local(slot),
        context: functionContext,
        statementIndex: statementIndex
      )
      if name != "_" {
        if scope.local(name) != nil { throw CompileError("invalid redeclaration of '\(name)'", at: node) }
        scope.declare(variable)
      }
    }
    var prologue: Exec?
    if let splat, case .tuple(let elements, _)? = types.first {
      var stores: [(Int, (Machine, Value) -> Void)] = []
      for (index, (name, node)) in splat.enumerated() {
        let variable = try declareVariable(name, type: elements[index], isMutable: false, at: node)
        stores.append((index, initialize(variable)))
      }
      prologue = { m in
        let fields = m.local(0).pointee.asArray
        for (index, store) in stores where index < fields.count { store(m, fields[index]) }
        return .normal
      }
    }
    // The parameters live in a scope around the body's, so that the body may shadow them (`let x = x + 1`).
    scope = Scope(parent: scope, context: functionContext)
    // A body of one expression returns it, as in Swift.
    if statements.count == 1, case .expr(let expr) = statements.first?.item,
      !expr.is(IfExprSyntax.self), !expr.is(SwitchExprSyntax.self)
    {
      if let expression = try singleExpressionBody(expr, resultType: resultType) {
        if let prologue {
          let eval = expression.eval
          code.body = { m throws(Trap) in
            _ = try prologue(m)
            return try eval(m)
          }
        } else {
          code.body = expression.eval
          if types == [.double], expression.type == .double, let tree = PureDouble(expression) {
            code.pureBody = tree.compile(inlining: true)
            if code.pureBody != nil { code.pureTree = tree }
          }
        }
        functionContext.resultType = expression.type
        code.frameSize = functionContext.slotCount
        code.clearsFrame = functionContext.holdsReferences
        return (functionContext.captures, expression.type)
      }
    }
    var exec = try self.statements(statements)
    if let prologue { exec = Compiler.sequence([ExecCode(prologue), ExecCode(exec)]) }
    let result = functionContext.resultType ?? .void
    functionContext.resultType = result
    if result != .void && !Compiler.alwaysExits(statements) {
      throw CompileError("missing return in \(kind) expected to return '\(result.spelling)'", at: closingBrace)
    }
    code.body = { m throws(Trap) in
      if case .returned = try exec(m) {
        let value = m.returnValue
        m.returnValue = .none
        return value
      }
      return .none
    }
    code.frameSize = functionContext.slotCount
    code.clearsFrame = functionContext.holdsReferences
    return (functionContext.captures, result)
  }

  /// The implicit return of a one-expression body; `nil` when the expression is an assignment.
  private func singleExpressionBody(_ expr: ExprSyntax, resultType: SType?) throws(CompileError) -> Expr? {
    if let infix = expr.as(InfixOperatorExprSyntax.self), Compiler.isAssignment(infix.operator) { return nil }
    var value = try expression(expr, expected: resultType)
    if let resultType {
      if resultType == .void {
        let eval = value.eval
        return Expr(type: .void) { m throws(Trap) in
          _ = try eval(m)
          return .none
        }
      }
      value = try coerce(value, to: resultType, at: expr, .returned)
    } else {
      value = try defaultType(of: value, at: expr)
    }
    return value
  }
}
