import SwiftSyntax

extension Compiler {
  /// Lowers a closure: its parameter types come from annotations or the context, its result from an
  /// annotation, the context, or its body.
  func closure(_ node: ClosureExprSyntax, expected: SType?) throws(CompileError) -> Expr {
    var expectedParameters: [SType]?
    var expectedResult: SType?
    if case .function(let parameters, let result)? = expected {
      expectedParameters = parameters
      expectedResult = result == .inferred ? nil : result
    }
    if let captureClause = node.signature?.capture {
      throw CompileError("capture lists are not supported in notebooks", at: captureClause)
    }
    var names: [(String, Syntax)] = []
    var annotations: [SType?] = []
    var declaredResult: SType?
    if let signature = node.signature {
      switch signature.parameterClause {
      case .simpleInput(let shorthand):
        for parameter in shorthand {
          names.append((parameter.name.text, Syntax(parameter)))
          annotations.append(nil)
        }
      case .parameterClause(let clause):
        for parameter in clause.parameters {
          names.append(((parameter.secondName ?? parameter.firstName).text, Syntax(parameter)))
          if let annotation = parameter.type {
            annotations.append(try type(annotation))
          } else {
            annotations.append(nil)
          }
        }
      case nil: break
      }
      if let returnClause = signature.returnClause { declaredResult = try type(returnClause.type) }
      if let effects = signature.effectSpecifiers {
        throw CompileError("'throws' and 'async' are not supported in notebooks", at: effects)
      }
    } else {
      let count = max(expectedParameters?.count ?? 0, Compiler.anonymousParameterCount(node.statements))
      for index in 0..<count {
        names.append(("$\(index)", Syntax(node)))
        annotations.append(nil)
      }
    }
    // A closure of several parameters for a function of one tuple takes the tuple apart, as Swift does.
    var splat: [(String, Syntax)]?
    if let expectedParameters, expectedParameters.count == 1, names.count > 1,
      case .tuple(let elements, _) = expectedParameters[0], elements.count == names.count,
      annotations.allSatisfy({ $0 == nil })
    {
      splat = names
      names = [("$tuple", Syntax(node))]
      annotations = [nil]
    }
    if let expectedParameters, expectedParameters.count != names.count {
      throw CompileError(
        "contextual closure type '\(expected?.spelling ?? "")' expects \(expectedParameters.count) argument\(expectedParameters.count == 1 ? "" : "s"), but \(names.count) \(names.count == 1 ? "was" : "were") used in closure body",
        at: node
      )
    }
    var types: [SType] = []
    for (index, annotation) in annotations.enumerated() {
      if let annotation {
        types.append(annotation)
      } else if let expectedParameters {
        types.append(expectedParameters[index])
      } else {
        throw CompileError(
          "cannot infer type of closure parameter '\(names[index].0)' without a type annotation",
          at: names[index].1
        )
      }
    }
    let code = FunctionCode(name: "closure", parameterCount: types.count)
    let (captures, result) = try functionBody(
      code: code,
      parameters: names,
      types: types,
      resultType: declaredResult ?? expectedResult,
      statements: node.statements,
      kind: "closure",
      closingBrace: node.rightBrace,
      splat: splat
    )
    let loads = captures.map { captureLoad($0) }
    let type = SType.function(types, result)
    if loads.isEmpty {
      let value = Value.function(FunctionValue(code: code, captures: []))
      return Expr(type: type, eval: { _ in value })
    }
    return Expr(type: type) { m throws(Trap) in
      var captured: [Value] = []
      captured.reserveCapacity(loads.count)
      for load in loads { captured.append(try load(m)) }
      return .function(FunctionValue(code: code, captures: captured))
    }
  }

  /// How many `$n` parameters a closure body uses (nested closures have their own).
  static func anonymousParameterCount(_ statements: CodeBlockItemListSyntax) -> Int {
    final class Finder: SyntaxVisitor {
      var count = 0
      override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
      override func visit(_ node: DeclReferenceExprSyntax) -> SyntaxVisitorContinueKind {
        if case .dollarIdentifier(let text) = node.baseName.tokenKind, let index = Int(text.dropFirst()) {
          count = max(count, index + 1)
        }
        return .skipChildren
      }
    }
    let finder = Finder(viewMode: .sourceAccurate)
    finder.walk(statements)
    return finder.count
  }
}
