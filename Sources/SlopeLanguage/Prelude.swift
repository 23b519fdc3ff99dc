import SlopeFigures
import SwiftSyntax

/// Resolves a call of a prelude function: returns the lowered call, or `nil` when the arguments are
/// not this overload's (wrong labels or types), so that the next overload is tried.
typealias PreludeFunction = (CallSite) throws(CompileError) -> Expr?
/// Resolves a method call on a receiver, like ``PreludeFunction``.
typealias PreludeMethod = (Expr, CallSite) throws(CompileError) -> Expr?
/// Resolves a property of a receiver.
typealias PreludeProperty = (Expr, Int) throws(CompileError) -> Expr?

/// The functions, methods, properties and types available in every block without an import.
///
/// The evaluator knows none of them: each is registered here by name and resolved at a call site into
/// ordinary ``Expr`` code, so the math, derivative and figure functions live in their own files
/// (`Prelude+Math.swift`, `Prelude+Derivatives.swift`, `Prelude+Figures.swift`, ...).
final class Prelude {
  private(set) var functions: [String: [PreludeFunction]] = [:]
  /// The expected labels of each function, for Swift's wording of a call with wrong labels.
  private(set) var functionLabels: [String: [String?]] = [:]
  private(set) var methods: [String: [PreludeMethod]] = [:]
  private(set) var mutatingMethods: [String: [PreludeMutatingMethod]] = [:]
  private(set) var properties: [String: [PreludeProperty]] = [:]
  private(set) var staticMembers: [String: (Int) throws(CompileError) -> Expr] = [:]
  /// Functions usable as values (`map(sqrt)`, `reduce(0, +)`), by name, with their types.
  private(set) var functionValues: [String: [(SType, Value)]] = [:]
  /// Types the prelude adds (`DifferenceMethod`, `Formula`).
  var types: [String: SType] = [:]

  init() {
    registerPrinting()
    registerConversions()
    registerMath()
    registerArrays()
    registerStrings()
    registerDerivatives()
    registerFormulas()
    registerFigures()
  }

  // MARK: - Registration

  func function(_ name: String, labels: [String?]? = nil, _ resolve: @escaping PreludeFunction) {
    functions[name, default: []].append(resolve)
    if let labels, functionLabels[name] == nil { functionLabels[name] = labels }
  }

  func method(_ name: String, _ resolve: @escaping PreludeMethod) {
    methods[name, default: []].append(resolve)
  }

  func mutatingMethod(_ name: String, _ resolve: @escaping PreludeMutatingMethod) {
    mutatingMethods[name, default: []].append(resolve)
  }

  func property(_ name: String, _ resolve: @escaping PreludeProperty) {
    properties[name, default: []].append(resolve)
  }

  func staticMember(_ type: String, _ name: String, _ make: @escaping (Int) throws(CompileError) -> Expr) {
    staticMembers["\(type).\(name)"] = make
  }

  func functionValue(_ name: String, type: SType, _ value: Value) {
    functionValues[name, default: []].append((type, value))
  }

  // MARK: - Resolution

  func hasFunction(_ name: String) -> Bool { functions[name] != nil }

  func hasMethod(_ name: String) -> Bool { methods[name] != nil || mutatingMethods[name] != nil }

  func callMutatingMethod(_ name: String, on place: LValue, site: CallSite) throws(CompileError) -> Expr? {
    for resolve in mutatingMethods[name] ?? [] {
      if let result = try resolve(place, site) { return result }
    }
    return nil
  }

  func call(_ name: String, site: CallSite, arrayElement: SType? = nil) throws(CompileError) -> Expr? {
    if let arrayElement {
      return try functions["[T]"]?.first.flatMap { resolve throws(CompileError) in
        try resolve(
          CallSite(
            compiler: site.compiler,
            arguments: site.arguments,
            node: site.node,
            position: site.position,
            expected: .array(arrayElement)
          )
        )
      }
    }
    guard let overloads = functions[name] else { return nil }
    for resolve in overloads {
      if let result = try resolve(site) { return result }
    }
    if let labels = functionLabels[name] {
      throw Compiler.labelError(expected: labels, have: site.arguments, site: site)
    }
    throw site.error("no '\(name)' candidates produce the expected type for these arguments")
  }

  func callMethod(
    _ name: String,
    on receiver: Expr,
    receiverSyntax: ExprSyntax,
    site: CallSite
  ) throws(CompileError)
    -> Expr?
  {
    guard let overloads = methods[name] else { return nil }
    for resolve in overloads {
      if let result = try resolve(receiver, site) { return result }
    }
    return nil
  }

  func property(_ name: String, of receiver: Expr, at node: MemberAccessExprSyntax) throws(CompileError) -> Expr? {
    let position = node.declName.positionAfterSkippingLeadingTrivia.utf8Offset
    for resolve in properties[name] ?? [] {
      if let result = try resolve(receiver, position) { return result }
    }
    return nil
  }

  func staticMember(_ type: String, _ name: String, site node: some SyntaxProtocol) throws(CompileError) -> Expr? {
    try staticMembers["\(type).\(name)"]?(node.positionAfterSkippingLeadingTrivia.utf8Offset)
  }

  /// A prelude function or operator used as a value.
  func functionValue(
    named name: String,
    expected: SType?,
    compiler: Compiler,
    at node: some SyntaxProtocol
  )
    throws(CompileError) -> Expr?
  {
    guard let candidates = functionValues[name] else { return nil }
    if let expected, let match = candidates.first(where: { $0.0 == expected }) {
      return .constant(match.1, type: match.0)
    }
    if case .function(let parameters, .inferred)? = expected,
      let match = candidates.first(where: { candidate in
        if case .function(let candidateParameters, _) = candidate.0 { return candidateParameters == parameters }
        return false
      })
    {
      return .constant(match.1, type: match.0)
    }
    if candidates.count == 1, let only = candidates.first { return .constant(only.1, type: only.0) }
    throw CompileError("ambiguous use of operator '\(name)'", at: node)
  }
}

/// What the prelude functions keep while a block runs: the figures drawn so far, notes for the output.
struct PreludeState {
  /// The figure being drawn, if a drawing call has started one.
  var currentFigure: Figure?
  /// Figures ended by `show()` or by the end of the block.
  var figures: [Figure] = []
  /// One-line notes the block's output carries (a derivative taken at a point without one).
  var notes: [String] = []
  /// The prelude call (`formula(of:)`, `symbolicDerivative(of:)`) whose symbolic run is under way: a loop
  /// met during it is an error, since a formula is one expression.
  var formulaCall: String?
}

/// Code helpers that prelude functions build calls from.
extension Prelude {
  /// A call whose arguments are evaluated and handed to `body` as an array.
  static func call(
    _ arguments: [Expr],
    type: SType,
    position: Int,
    _ body: @escaping (Machine, [Value], Int) throws(Trap) -> Value
  )
    -> Expr
  {
    let evals = arguments.map(\.eval)
    switch evals.count {
    case 1:
      let first = evals[0]
      return Expr(type: type) { m throws(Trap) in try body(m, [try first(m)], position) }
    case 2:
      let (first, second) = (evals[0], evals[1])
      return Expr(type: type) { m throws(Trap) in try body(m, [try first(m), try second(m)], position) }
    default:
      return Expr(type: type) { m throws(Trap) in
        var values: [Value] = []
        values.reserveCapacity(evals.count)
        for eval in evals { values.append(try eval(m)) }
        return try body(m, values, position)
      }
    }
  }

  /// Matches labels exactly (with trailing defaults allowed) and returns the argument index per parameter.
  static func match(_ site: CallSite, _ labels: [String?], defaults: Int = 0) -> [Int?]? {
    let hasDefault = labels.indices.map { $0 >= labels.count - defaults }
    return Compiler.match(labels, hasDefault: hasDefault, to: site.arguments)
  }
}
