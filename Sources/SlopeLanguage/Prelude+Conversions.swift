import Foundation

extension Prelude {
  func registerConversions() {
    function("Optional", labels: [nil]) { site throws(CompileError) in
      guard Prelude.match(site, [nil]) != nil else { return nil }
      let wrapped = try site.argument(0)
      return wrapped.withType(.optional(wrapped.type))
    }
    function("Double", labels: [nil]) { site throws(CompileError) in
      guard Prelude.match(site, [nil]) != nil else { return nil }
      let operand = try site.argument(0, expected: .double)
      let eval = operand.eval
      switch operand.type {
      case .double: return operand
      case .int:
        var result = Expr(type: .double) { m throws(Trap) in .double(Double(try eval(m).asInt)) }
        if case .local(let slot)? = operand.slot { result.pure = .leaf(.integerLocal(slot)) }
        return result
      case .string:
        return Expr(type: .optional(.double)) { m throws(Trap) in
          Double(try eval(m).asString).map { .double($0) } ?? .none
        }
      default:
        throw site.error("no exact matches in call to initializer")
      }
    }
    function("Int", labels: [nil]) { site throws(CompileError) in
      guard Prelude.match(site, [nil]) != nil else { return nil }
      let operand = try site.argument(0)
      let eval = operand.eval
      let position = site.position
      switch operand.type {
      case .int: return operand
      case .double:
        return Expr(type: .int) { m throws(Trap) in .int(try Arithmetic.integer(try eval(m).asDouble, at: position)) }
      case .string:
        return Expr(type: .optional(.int)) { m throws(Trap) in Int(try eval(m).asString).map { .int($0) } ?? .none }
      default:
        throw site.error("no exact matches in call to initializer")
      }
    }
    function("String", labels: [nil]) { site throws(CompileError) in
      if let first = site.arguments.first, first.label == "format" { return try Prelude.format(site) }
      if let labels = Prelude.match(site, ["repeating", "count"]) {
        _ = labels
        let text = try site.argument(0, as: .string)
        let count = try site.argument(1, as: .int)
        let (t, c) = (text.eval, count.eval)
        let position = site.position
        return Expr(type: .string) { m throws(Trap) in
          let piece = try t(m).asString
          let times = try c(m).asInt
          try m.checkCount(piece.utf8.count * max(times, 0), at: position)
          return .string(String(repeating: piece, count: max(times, 0)))
        }
      }
      guard site.arguments.count == 1, site.arguments[0].label == nil || site.arguments[0].label == "describing" else {
        return nil
      }
      let operand = try site.argument(0)
      // `String(x)` of a Double is its `description`, which (unlike `print`) writes a NaN without its sign.
      let describe =
        operand.type == .double
        ? { $0.asDouble.description }
        : try site.compiler.describer(for: operand.type, at: site.arguments[0].expression)
      let eval = operand.eval
      return Expr(type: .string) { m throws(Trap) in .string(describe(try eval(m))) }
    }
  }

  /// `String(format:_:...)` with the C format directives Foundation supports.
  static func format(_ site: CallSite) throws(CompileError) -> Expr {
    let format = try site.argument(0, as: .string)
    var arguments: [Expr] = []
    for index in site.arguments.indices.dropFirst() {
      guard site.arguments[index].label == nil else { throw site.error("extraneous argument label in call") }
      let argument = try site.argument(index)
      guard [.int, .double, .string].contains(argument.type) else {
        throw site.error("String(format:) takes Int, Double and String arguments in notebooks", argument: index)
      }
      arguments.append(argument)
    }
    let formatEval = format.eval
    let evals = arguments.map { ($0.eval, $0.type) }
    let types = arguments.map(\.type)
    if case .string(let box)? = format.constant, let problem = Prelude.formatProblem(box.value, types) {
      throw CompileError(problem, at: site.arguments[0].expression)
    }
    let position = site.position
    return Expr(type: .string) { m throws(Trap) in
      let pattern = try formatEval(m).asString
      // C's formatting reads its arguments blindly; a directive without a matching argument would read memory.
      if let problem = Prelude.formatProblem(pattern, types) { throw Trap(message: problem, position: position) }
      var values: [any CVarArg] = []
      for (eval, type) in evals {
        let value = try eval(m)
        switch type {
        case .int: values.append(value.asInt)
        case .double: values.append(value.asDouble)
        default: values.append(NSString(string: value.asString))
        }
      }
      return .string(String(format: pattern, arguments: values))
    }
  }

  /// Why `pattern` does not fit arguments of `types`, or `nil` when every directive has its argument.
  static func formatProblem(_ pattern: String, _ types: [SType]) -> String? {
    var expected: [SType] = []
    var characters = pattern.unicodeScalars.makeIterator()
    while let character = characters.next() {
      guard character == "%" else { continue }
      var conversion = characters.next()
      if conversion == "%" { continue }
      // Flags, width, precision and length modifiers come before the conversion character.
      while let current = conversion, "-+ #0'123456789.hlqLztj".unicodeScalars.contains(current) {
        conversion = characters.next()
      }
      guard let conversion else { return "String(format:) directive at the end of the format is incomplete" }
      switch conversion {
      case "d", "i", "o", "u", "x", "X", "c": expected.append(.int)
      case "f", "F", "e", "E", "g", "G", "a", "A": expected.append(.double)
      case "@": expected.append(.string)
      default:
        return "String(format:) directive '%\(conversion)' is not supported in notebooks"
      }
    }
    guard expected.count == types.count else {
      return
        "String(format:) has \(expected.count) directive\(expected.count == 1 ? "" : "s") but \(types.count) argument\(types.count == 1 ? "" : "s")"
    }
    for (index, (want, have)) in zip(expected, types).enumerated() where want != have {
      return "String(format:) argument #\(index + 1) is '\(have.spelling)' but its directive takes '\(want.spelling)'"
    }
    return nil
  }
}
