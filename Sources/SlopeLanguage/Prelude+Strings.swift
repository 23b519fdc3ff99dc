extension Prelude {
  func registerStrings() {
    stringMethod("uppercased", .string) { .string($0.uppercased()) }
    stringMethod("lowercased", .string) { .string($0.lowercased()) }
    for name in ["hasPrefix", "hasSuffix"] {
      method(name) { receiver, site throws(CompileError) in
        guard receiver.type == .string, Prelude.match(site, [nil]) != nil else { return nil }
        let other = try site.argument(0, as: .string).eval
        let eval = receiver.eval
        return Expr(type: .bool) { m throws(Trap) in
          let text = try eval(m).asString
          let piece = try other(m).asString
          return .bool(name == "hasPrefix" ? text.hasPrefix(piece) : text.hasSuffix(piece))
        }
      }
    }
    method("contains") { receiver, site throws(CompileError) in
      guard receiver.type == .string, Prelude.match(site, [nil]) != nil else { return nil }
      let other = try site.argument(0, as: .string).eval
      let eval = receiver.eval
      return Expr(type: .bool) { m throws(Trap) in
        let text = try eval(m).asString
        let piece = try other(m).asString
        return .bool(piece.isEmpty || text.contains(piece))
      }
    }
  }

  private func stringMethod(_ name: String, _ type: SType, _ body: @escaping (String) -> Value) {
    method(name) { receiver, site throws(CompileError) in
      guard receiver.type == .string, site.arguments.isEmpty else { return nil }
      let eval = receiver.eval
      return Expr(type: type) { m throws(Trap) in body(try eval(m).asString) }
    }
  }
}
