import SwiftSyntax

/// One argument of a call as written.
struct CallArgument {
  let label: String?
  let expression: ExprSyntax
  /// A trailing closure matches a parameter whatever its label.
  let isTrailingClosure: Bool
  /// Where the argument starts as written: its label, if it has one.
  let start: Syntax

  init(label: String?, expression: ExprSyntax, isTrailingClosure: Bool, labelToken: TokenSyntax? = nil) {
    self.label = label
    self.expression = expression
    self.isTrailingClosure = isTrailingClosure
    self.start = labelToken.map(Syntax.init) ?? Syntax(expression)
  }
}

/// A call being resolved: its arguments, and what a prelude function needs to lower them.
struct CallSite {
  let compiler: Compiler
  let arguments: [CallArgument]
  /// The call expression, where errors about the whole call point.
  let node: Syntax
  /// The UTF-8 offset where run-time traps of the call point.
  let position: Int
  let expected: SType?
  /// The called name or expression, where errors about the function itself point (`ambiguous use of 'exp'`).
  var callee: Syntax?
  /// The closing parenthesis, where a missing argument is reported.
  var closingParen: Syntax?

  var labels: [String?] { arguments.map(\.label) }

  /// Where a run-time error about the called function points: its name, when the call has one.
  var calleePosition: Int { callee?.positionAfterSkippingLeadingTrivia.utf8Offset ?? position }

  /// The argument lowered for a parameter of type `type`, converted as Swift converts arguments.
  func argument(_ index: Int, as type: SType) throws(CompileError) -> Expr {
    let syntax = arguments[index].expression
    return try compiler.coerce(try compiler.expression(syntax, expected: type), to: type, at: syntax, .argument)
  }

  /// The argument lowered with only a hint of its type.
  func argument(_ index: Int, expected: SType? = nil) throws(CompileError) -> Expr {
    let syntax = arguments[index].expression
    return try compiler.defaultType(of: try compiler.expression(syntax, expected: expected), at: syntax)
  }

  func error(_ message: String) -> CompileError { CompileError(message, at: node) }

  func error(_ message: String, argument index: Int) -> CompileError {
    CompileError(message, at: arguments[index].expression)
  }
}

extension Compiler {
  func call(_ node: FunctionCallExprSyntax, expected: SType?) throws(CompileError) -> Expr {
    var arguments = node.arguments.map {
      CallArgument(label: $0.label?.text, expression: $0.expression, isTrailingClosure: false, labelToken: $0.label)
    }
    if let trailing = node.trailingClosure {
      arguments.append(CallArgument(label: nil, expression: ExprSyntax(trailing), isTrailingClosure: true))
    }
    for extra in node.additionalTrailingClosures {
      arguments.append(
        CallArgument(label: extra.label.text, expression: ExprSyntax(extra.closure), isTrailingClosure: true)
      )
    }
    let position =
      (node.leftParen ?? node.calledExpression.lastToken(viewMode: .sourceAccurate))?
      .positionAfterSkippingLeadingTrivia.utf8Offset ?? node.positionAfterSkippingLeadingTrivia.utf8Offset
    var site = CallSite(
      compiler: self,
      arguments: arguments,
      node: Syntax(node.leftParen.map(Syntax.init) ?? Syntax(node)),
      position: position,
      expected: expected
    )
    if let member = node.calledExpression.as(MemberAccessExprSyntax.self) {
      site.callee = Syntax(member.declName)
    } else {
      site.callee = Syntax(node.calledExpression)
    }
    site.closingParen = node.rightParen.map(Syntax.init)
    let callee = node.calledExpression
    if let reference = callee.as(DeclReferenceExprSyntax.self) {
      let name = reference.baseName.text
      switch scope.lookup(name) {
      case .variable(let variable)?:
        return try callValue(Expr(type: variable.type, eval: read(variable)), site: site, callee: callee)
      case .functions?:
        return try callDeclared(name, site: site, at: reference)
      case nil:
        if let result = try prelude.call(name, site: site) { return result }
        throw CompileError("cannot find '\(name)' in scope", at: reference)
      }
    }
    if let member = callee.as(MemberAccessExprSyntax.self) {
      let name = member.declName.baseName.text
      guard let base = member.base else {
        throw CompileError("cannot infer contextual base in reference to member '\(name)'", at: member)
      }
      if let typeName = staticTypeName(base) {
        if let result = try prelude.call("\(typeName).\(name)", site: site) { return result }
        throw CompileError("type '\(typeName)' has no member '\(name)'", at: member.declName)
      }
      if prelude.mutatingMethods[name] != nil {
        let place = try lvalue(base, mutation: .mutatingMember, reportAt: Syntax(member.declName))
        if let result = try prelude.callMutatingMethod(name, on: place, site: site) { return result }
      }
      let receiver = try defaultType(of: try expression(base, expected: nil), at: base)
      if case .tuple(let elements, let labels) = receiver.type, let index = Compiler.tupleIndex(name, labels: labels) {
        let eval = receiver.eval
        let field = Expr(type: elements[index]) { m throws(Trap) in
          let fields = try eval(m).asArray
          return index < fields.count ? fields[index] : .none
        }
        return try callValue(field, site: site, callee: callee)
      }
      if let result = try prelude.callMethod(name, on: receiver, receiverSyntax: base, site: site) { return result }
      throw CompileError("value of type '\(receiver.type.spelling)' has no member '\(name)'", at: member.declName)
    }
    if let arrayType = callee.as(ArrayExprSyntax.self), arrayType.elements.count == 1,
      let element = arrayType.elements.first,
      let elementType = try? typeFromExpression(element.expression)
    {
      // `[Double](repeating: 0, count: 3)`
      if let result = try prelude.call("Array", site: site, arrayElement: elementType) { return result }
    }
    let value = try expression(callee, expected: nil)
    return try callValue(value, site: site, callee: callee)
  }

  /// The name of a type used as the base of a static member (`Double.pi`, `Int.max`), when it is one.
  func staticTypeName(_ base: ExprSyntax) -> String? {
    guard let reference = base.as(DeclReferenceExprSyntax.self) else { return nil }
    let name = reference.baseName.text
    guard scope.lookup(name) == nil else { return nil }
    return ["Double", "Int", "String", "Bool", "Array", "Float", "Character"].contains(name)
      || prelude.types[name] != nil ? name : nil
  }

  /// The type an expression spells (the `Double` of `[Double](...)`).
  func typeFromExpression(_ expr: ExprSyntax) throws(CompileError) -> SType {
    if let reference = expr.as(DeclReferenceExprSyntax.self) {
      return try type(TypeSyntax(IdentifierTypeSyntax(name: reference.baseName)))
    }
    if let array = expr.as(ArrayExprSyntax.self), array.elements.count == 1, let element = array.elements.first {
      return .array(try typeFromExpression(element.expression))
    }
    throw CompileError("expected a type", at: expr)
  }

  // MARK: - Declared functions

  /// Calls a function declared with `func`, choosing among overloads by argument labels, innermost scope first.
  private func callDeclared(_ name: String, site: CallSite, at node: some SyntaxProtocol) throws(CompileError) -> Expr {
    let overloads = scope.functionOverloads(name)
    var firstError: CompileError?
    var rejected: [FunctionDeclaration] = []
    for functions in overloads {
      var applicable: [(call: Expr, conversions: Int)] = []
      for function in functions.reversed() {
        guard
          let mapping = Compiler.match(
            function.labels,
            hasDefault: function.defaults.map { $0 != nil },
            to: site.arguments
          )
        else { continue }
        do {
          let call = try callDeclared(function, mapping: mapping, site: site)
          let conversions = functions.count > 1 ? literalConversions(function, mapping: mapping, site: site) : 0
          applicable.append((call, conversions))
        } catch {
          firstError = firstError ?? error
          rejected.append(function)
        }
      }
      // Swift prefers the overload that takes the literals with their own types: `f(3)` calls
      // `f(_: Int)` rather than `f(_: Double)`. Among equals the latest declaration wins.
      if let best = applicable.min(by: { $0.conversions < $1.conversions }) { return best.call }
    }
    // Several overloads fit the labels but none the types: swiftc names none of them.
    if rejected.count > 1 {
      let kind = rejected.allSatisfy { $0.variable == nil } ? "global function" : "local function"
      throw CompileError("no exact matches in call to \(kind) '\(name)'", at: node)
    }
    if let firstError { throw firstError }
    if let result = try prelude.call(name, site: site) { return result }
    let candidates = overloads.flatMap { $0 }
    let best = candidates.first(where: { $0.labels.count == site.arguments.count }) ?? candidates.first
    guard let best else { throw CompileError("cannot find '\(name)' in scope", at: node) }
    throw Compiler.labelError(expected: best.labels, have: site.arguments, site: site)
  }

  /// How many arguments a call of `function` takes with another type than their own (an integer
  /// literal as a `Double`), for ranking overloads as Swift does.
  private func literalConversions(_ function: FunctionDeclaration, mapping: [Int?], site: CallSite) -> Int {
    var count = 0
    for (parameter, argument) in mapping.enumerated() {
      guard let argument, let own = try? site.argument(argument) else { continue }
      if own.type != function.parameterTypes[parameter] && own.retype != nil { count += 1 }
    }
    return count
  }

  private func callDeclared(
    _ function: FunctionDeclaration,
    mapping: [Int?],
    site: CallSite
  ) throws(CompileError)
    -> Expr
  {
    var arguments: [EvalCode] = []
    var pureArgument: PureDouble?
    for (parameter, argument) in mapping.enumerated() {
      if let argument {
        let expr = try site.argument(argument, as: function.parameterTypes[parameter])
        pureArgument = PureDouble(expr)
        arguments.append(EvalCode(expr))
      } else if let defaultValue = function.defaults[parameter] {
        pureArgument = PureDouble(defaultValue)
        arguments.append(EvalCode(defaultValue.eval))
      }
    }
    if let variable = function.variable {
      return Compiler.callFunctionValue(
        read(variable),
        arguments: arguments,
        type: function.resultType,
        position: site.position
      )
    }
    var call = Compiler.callCode(
      function.code,
      arguments: arguments,
      type: function.resultType,
      position: site.position
    )
    if function.parameterTypes == [.double], function.resultType == .double, let pureArgument {
      let tree = function.code.pureTree?.substituting(pureArgument) ?? PureDouble.call(function.code, pureArgument)
      call.pure = tree
      call.eval = tree.eval(orElse: call.eval)
    }
    return call
  }

  /// A direct call of a global function: its code is known, so no function value is looked at.
  static func callCode(_ code: FunctionCode, arguments: [EvalCode], type: SType, position: Int) -> Expr {
    switch arguments.count {
    case 0:
      return Expr(type: type) { m throws(Trap) in
        let base = try m.pushFrame(size: code.frameSize, at: position)
        return try m.run(code, base: base, closure: nil)
      }
    case 1 where arguments[0].localSlot != nil:
      // `f(x)` with `x` a local: the argument is copied from slot to slot.
      let slot = arguments[0].localSlot ?? 0
      return Expr(type: type) { m throws(Trap) in
        let base = try m.pushFrame(size: code.frameSize, at: position)
        m.registers.pointee.stack[base] = m.local(slot).pointee
        return try m.run(code, base: base, closure: nil)
      }
    case 1:
      let first = arguments[0].eval
      return Expr(type: type) { m throws(Trap) in
        let base = try m.pushFrame(size: code.frameSize, at: position)
        m.registers.pointee.stack[base] = try first(m)
        return try m.run(code, base: base, closure: nil)
      }
    case 2:
      let (first, second) = (arguments[0].eval, arguments[1].eval)
      return Expr(type: type) { m throws(Trap) in
        let base = try m.pushFrame(size: code.frameSize, at: position)
        m.registers.pointee.stack[base] = try first(m)
        m.registers.pointee.stack[base &+ 1] = try second(m)
        return try m.run(code, base: base, closure: nil)
      }
    default:
      return Expr(type: type) { m throws(Trap) in
        let base = try m.pushFrame(size: code.frameSize, at: position)
        for (index, argument) in arguments.enumerated() {
          m.registers.pointee.stack[base &+ index] = try argument.eval(m)
        }
        return try m.run(code, base: base, closure: nil)
      }
    }
  }

  /// A call of a function value (a closure, a nested function, a parameter of function type).
  static func callFunctionValue(_ callee: @escaping Eval, arguments: [EvalCode], type: SType, position: Int) -> Expr {
    Expr(type: type) { m throws(Trap) in
      guard case .function(let function) = try callee(m) else { return .none }
      guard let code = function.code else {
        var values: [Value] = []
        for argument in arguments { values.append(try argument.eval(m)) }
        return try m.call(function, values, at: position)
      }
      let base = try m.pushFrame(size: code.frameSize, at: position)
      for (index, argument) in arguments.enumerated() {
        m.registers.pointee.stack[base &+ index] = try argument.eval(m)
      }
      return try withExtendedLifetime(function) { () throws(Trap) -> Value in
        try m.run(code, base: base, closure: function)
      }
    }
  }

  private func callValue(_ callee: Expr, site: CallSite, callee syntax: ExprSyntax) throws(CompileError) -> Expr {
    if callee.type == .prelude("Formula"), site.arguments.count == 1, site.arguments[0].label == nil {
      return Prelude.callFormula(callee, argument: try site.argument(0, as: .double))
    }
    guard case .function(let parameters, let result) = callee.type else {
      throw CompileError("cannot call value of non-function type '\(callee.type.spelling)'", at: syntax)
    }
    if let labelled = site.arguments.first(where: { $0.label != nil && !$0.isTrailingClosure }) {
      throw CompileError("extraneous argument label '\(labelled.label ?? ""):' in call", at: site.node)
    }
    guard parameters.count == site.arguments.count else {
      if site.arguments.count > parameters.count {
        throw CompileError("extra argument in call", at: site.arguments[parameters.count].expression)
      }
      throw CompileError("missing argument for parameter #\(site.arguments.count + 1) in call", at: site.node)
    }
    var arguments: [EvalCode] = []
    for (index, type) in parameters.enumerated() { arguments.append(EvalCode(try site.argument(index, as: type).eval)) }
    return Compiler.callFunctionValue(callee.eval, arguments: arguments, type: result, position: site.position)
  }

  // MARK: - Labels

  /// Matches arguments to parameters by label, in order, skipping parameters with defaults.
  /// Returns the argument index of each parameter (`nil` for a default), or `nil` when they do not match.
  static func match(_ labels: [String?], hasDefault: [Bool], to arguments: [CallArgument]) -> [Int?]? {
    var mapping: [Int?] = []
    var next = 0
    for (index, label) in labels.enumerated() {
      if next < arguments.count
        && (arguments[next].label == label || (arguments[next].isTrailingClosure && index == labels.count - 1))
      {
        mapping.append(next)
        next += 1
      } else if hasDefault[index] {
        mapping.append(nil)
      } else {
        return nil
      }
    }
    return next == arguments.count ? mapping : nil
  }

  /// The error Swift gives for arguments whose labels do not fit the parameters.
  static func labelError(expected: [String?], have arguments: [CallArgument], site: CallSite) -> CompileError {
    let have = arguments.map(\.label)
    func list(_ labels: [String?]) -> String { labels.map { "\($0 ?? "_"):" }.joined() }
    if expected.count == have.count {
      // The right labels in the wrong order: swiftc names the argument that must move forward.
      let spelled = { (labels: [String?]) in labels.map { $0 ?? "_" }.sorted() }
      if spelled(expected) == spelled(have), let i = expected.indices.first(where: { expected[$0] != have[$0] }),
        let j = have.indices.first(where: { $0 > i && have[$0] == expected[i] })
      {
        func name(_ index: Int) -> String {
          have[index].map { "argument '\($0)'" } ?? "unnamed argument #\(index + 1)"
        }
        return CompileError("\(name(j)) must precede \(name(i))", at: arguments[j].start)
      }
      let differing = expected.indices.filter { expected[$0] != have[$0] }
      if differing.count == 1, let index = differing.first {
        if expected[index] == nil, let label = have[index] {
          return CompileError("extraneous argument label '\(label):' in call", at: site.node)
        }
        if have[index] == nil, let label = expected[index] {
          let message = "missing argument label '\(label):' in call"
          return arguments.count == 1 ? CompileError(message, at: arguments[index].expression) : site.error(message)
        }
        return CompileError(
          "incorrect argument label in call (have '\(list(have))', expected '\(list(expected))')",
          at: site.node
        )
      }
      if differing.allSatisfy({ expected[$0] == nil }) {
        let labels = differing.map { "\(have[$0] ?? "_"):" }.joined()
        return CompileError("extraneous argument labels '\(labels)' in call", at: site.node)
      }
      if differing.allSatisfy({ have[$0] == nil }) {
        let labels = differing.map { "\(expected[$0] ?? "_"):" }.joined()
        return CompileError("missing argument labels '\(labels)' in call", at: arguments[differing[0]].expression)
      }
      return CompileError(
        "incorrect argument labels in call (have '\(list(have))', expected '\(list(expected))')",
        at: site.node
      )
    }
    if have.count < expected.count {
      let index = have.count
      let name = expected[index].map { "'\($0)'" } ?? "#\(index + 1)"
      return CompileError("missing argument for parameter \(name) in call", at: site.closingParen ?? site.node)
    }
    let extra = arguments[expected.count]
    if let label = extra.label { return CompileError("extra argument '\(label)' in call", at: extra.expression) }
    return CompileError("extra argument in call", at: extra.expression)
  }
}
