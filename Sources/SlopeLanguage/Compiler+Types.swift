import SwiftSyntax

extension Compiler {
  /// The type a type annotation names.
  func type(_ syntax: TypeSyntax) throws(CompileError) -> SType {
    if let identifier = syntax.as(IdentifierTypeSyntax.self) {
      let arguments = identifier.genericArgumentClause?.arguments.compactMap { $0.argument.as(TypeSyntax.self) }
      switch (identifier.name.text, arguments?.count ?? 0) {
      case ("Int", 0): return .int
      case ("Double", 0): return .double
      case ("Bool", 0): return .bool
      case ("String", 0): return .string
      case ("Character", 0): return .character
      case ("Void", 0): return .void
      case ("Array", 1): return .array(try type(arguments![0]))
      case ("Optional", 1): return .optional(try type(arguments![0]))
      case ("Range", 1): return .range(try type(arguments![0]), closed: false)
      case ("ClosedRange", 1): return .range(try type(arguments![0]), closed: true)
      case ("Float", 0), ("CGFloat", 0), ("Float80", 0):
        throw CompileError("'\(identifier.name.text)' is not supported in notebooks; use 'Double'", at: syntax)
      case ("Dictionary", _), ("Set", _):
        throw CompileError("dictionaries and sets are not supported in notebooks", at: syntax)
      case (let name, 0) where prelude.types[name] != nil:
        return prelude.types[name]!
      default:
        throw CompileError("cannot find type '\(identifier.name.text)' in scope", at: syntax)
      }
    }
    if let array = syntax.as(ArrayTypeSyntax.self) { return .array(try type(array.element)) }
    if let optional = syntax.as(OptionalTypeSyntax.self) { return .optional(try type(optional.wrappedType)) }
    if let tuple = syntax.as(TupleTypeSyntax.self) {
      let elements = tuple.elements
      if elements.count == 1, let only = elements.first, only.firstName == nil { return try type(only.type) }
      if elements.isEmpty { return .void }
      var types: [SType] = []
      for element in elements { types.append(try type(element.type)) }
      return .tuple(types, labels: elements.map { $0.firstName?.text })
    }
    if let function = syntax.as(FunctionTypeSyntax.self) {
      if function.effectSpecifiers != nil {
        throw CompileError("'throws' and 'async' are not supported in notebooks", at: function)
      }
      var parameters: [SType] = []
      for parameter in function.parameters { parameters.append(try type(parameter.type)) }
      return .function(parameters, try type(function.returnClause.type))
    }
    if let attributed = syntax.as(AttributedTypeSyntax.self) {
      if attributed.specifiers.contains(where: { $0.as(SimpleTypeSpecifierSyntax.self)?.specifier.text == "inout" }) {
        throw CompileError("'inout' parameters are not supported in notebooks", at: attributed)
      }
      return try type(attributed.baseType)
    }
    if syntax.is(DictionaryTypeSyntax.self) {
      throw CompileError("dictionaries and sets are not supported in notebooks", at: syntax)
    }
    if syntax.is(ImplicitlyUnwrappedOptionalTypeSyntax.self) {
      throw CompileError("implicitly unwrapped optionals are not supported in notebooks", at: syntax)
    }
    throw CompileError("this type is not supported in notebooks", at: syntax)
  }

  /// Where a value is converted, which decides how Swift words a failed conversion.
  enum ConversionContext {
    case specified
    case argument
    case returned
    case assigned
    case element
    case condition
  }

  /// The expression converted to `target` as Swift converts implicitly: literals take the type the
  /// context asks for, and a value becomes an optional. Named values never change type.
  func coerce(
    _ expr: Expr,
    to target: SType,
    at node: some SyntaxProtocol,
    _ conversion: ConversionContext
  ) throws(CompileError) -> Expr {
    if let converted = convert(expr, to: target) { return converted }
    let message: String
    switch conversion {
    case .specified where expr.type == .nilLiteral:
      message = "'nil' cannot initialize specified type '\(target.spelling)'"
    case .specified:
      message = "cannot convert value of type '\(expr.type.spelling)' to specified type '\(target.spelling)'"
    case .argument:
      message = "cannot convert value of type '\(expr.type.spelling)' to expected argument type '\(target.spelling)'"
    case .returned:
      message = "cannot convert return expression of type '\(expr.type.spelling)' to return type '\(target.spelling)'"
    case .assigned:
      message = "cannot assign value of type '\(expr.type.spelling)' to type '\(target.spelling)'"
    case .element:
      message = "cannot convert value of type '\(expr.type.spelling)' to expected element type '\(target.spelling)'"
    case .condition where expr.type == .int:
      message = "type 'Int' cannot be used as a boolean; test for '!= 0' instead"
    case .condition:
      message = "cannot convert value of type '\(expr.type.spelling)' to expected condition type 'Bool'"
    }
    throw CompileError(message, at: node)
  }

  /// The implicit conversion of `expr` to `target`, or `nil` when Swift has none.
  func convert(_ expr: Expr, to target: SType) -> Expr? {
    if expr.type == target { return expr }
    if let retyped = expr.retype?(target) { return retyped }
    if case .sequence(.reversed, let element) = expr.type, target == .array(element) {
      // `let r: [Int] = xs.reversed()` picks the overload of `reversed()` that returns an array.
      let eval = expr.eval
      return Expr(type: target) { m throws(Trap) in .array(try eval(m).asArray.first?.asArray.reversed() ?? []) }
    }
    switch target {
    case .optional(let wrapped):
      if expr.type == .nilLiteral { return .constant(.none, type: target) }
      if let inner = convert(expr, to: wrapped) { return inner.withType(target) }
    case .array where expr.type == .emptyArrayLiteral:
      return Expr(type: target, eval: { _ in .array([]) }, literal: .composite)
    default: break
    }
    return nil
  }

  /// The common type of two expressions that must agree (the branches of `?:`, the elements of `[a, b]`).
  func unify(_ first: Expr, _ second: Expr) -> (Expr, Expr)? {
    if first.type == second.type { return (first, second) }
    if let converted = convert(second, to: first.type) { return (first, converted) }
    if let converted = convert(first, to: second.type) { return (converted, second) }
    if first.type == .nilLiteral, let other = convert(second, to: .optional(second.type)) {
      return (.constant(.none, type: other.type), other)
    }
    if second.type == .nilLiteral, let other = convert(first, to: .optional(first.type)) {
      return (other, .constant(.none, type: other.type))
    }
    return nil
  }

  /// The type a value gets when nothing else decides it (`let x = []` has none).
  func defaultType(of expr: Expr, at node: some SyntaxProtocol) throws(CompileError) -> Expr {
    switch expr.type {
    case .nilLiteral:
      throw CompileError("'nil' requires a contextual type", at: node)
    case .emptyArrayLiteral:
      throw CompileError("empty collection literal requires an explicit type", at: node)
    default:
      return expr
    }
  }
}
