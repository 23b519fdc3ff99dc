import SwiftSyntax

extension Compiler {
  /// The text `print` and interpolation show for a value of `type`.
  func describer(for type: SType, at node: some SyntaxProtocol) throws(CompileError) -> (Value) -> String {
    switch type {
    case .nilLiteral, .emptyArrayLiteral, .inferred:
      throw CompileError("cannot print a value whose type is not known; add a type annotation", at: node)
    case .string:
      return { $0.asString }
    case .int:
      return { String($0.asInt) }
    case .double:
      return { "\($0.asDouble)" }
    default:
      return { Printer.description($0, type) }
    }
  }
}

extension Prelude {
  func registerPrinting() {
    function("print") { site throws(CompileError) in
      var items: [(Eval, (Value) -> String)] = []
      var separator: Eval?
      var terminator: Eval?
      for (index, argument) in site.arguments.enumerated() {
        switch argument.label {
        case "separator"?: separator = try site.argument(index, as: .string).eval
        case "terminator"?: terminator = try site.argument(index, as: .string).eval
        case nil:
          guard separator == nil && terminator == nil else {
            throw site.error("unnamed argument #\(index + 1) must precede argument 'separator'", argument: index)
          }
          let item = try site.argument(index)
          items.append((item.eval, try site.compiler.describer(for: item.type, at: argument.expression)))
        case let label?:
          throw site.error("extraneous argument label '\(label):' in call")
        }
      }
      return Expr(type: .void) { m throws(Trap) in
        var text = ""
        let separatorText = try separator?(m).asString ?? " "
        for (index, item) in items.enumerated() {
          if index > 0 { text += separatorText }
          text += item.1(try item.0(m))
        }
        text += try terminator?(m).asString ?? "\n"
        m.write(text)
        return .none
      }
    }
    function("fatalError") { site throws(CompileError) in
      let message = site.arguments.isEmpty ? nil : try site.argument(0, as: .string)
      let position = site.position
      let eval = message?.eval
      return Expr(type: .void) { m throws(Trap) in
        throw Trap(message: try eval?(m).asString ?? "", position: position)
      }
    }
    function("precondition") { site throws(CompileError) in
      guard Prelude.match(site, [nil, nil], defaults: 1) != nil else { return nil }
      let condition = try site.argument(0, as: .bool).eval
      let message = site.arguments.count > 1 ? try site.argument(1, as: .string).eval : nil
      let position = site.position
      return Expr(type: .void) { m throws(Trap) in
        if try !condition(m).asBool {
          var text = "Precondition failed"
          if let message { text += ": " + (try message(m).asString) }
          throw Trap(message: text, position: position)
        }
        return .none
      }
    }
  }
}
