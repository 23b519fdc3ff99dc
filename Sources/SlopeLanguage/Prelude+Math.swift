import Foundation
import SlopeCalculus

extension Prelude {
  func registerMath() {
    // The smooth functions of one variable share SlopeCalculus's rule table, so that dual numbers flow
    // through them during differentiation.
    for function in ElementaryFunction.allCases {
      let name = function.rawValue
      unaryDouble(name, generic: function == .sqrt) { value in Arithmetic.apply(function, value) }
    }
    unaryDouble("floor") { Arithmetic.apply($0, name: "floor", .rounded(.down)) }
    unaryDouble("ceil") { Arithmetic.apply($0, name: "ceil", .rounded(.up)) }
    unaryDouble("round") { Arithmetic.apply($0, name: "round", .rounded(.toNearestOrAwayFromZero)) }
    binaryDouble("pow") { Arithmetic.apply(.power, $0, $1) }
    binaryDouble("atan2") { Arithmetic.apply(.atan2, $0, $1) }
    registerAbsMinMax()
    registerMathMembers()
    registerOperatorValues()
    functionValue(
      "+",
      type: .function([.double, .double], .double),
      .function(FunctionValue { _, a in Arithmetic.apply(.add, a[0], a[1]) })
    )
    functionValue(
      "-",
      type: .function([.double, .double], .double),
      .function(FunctionValue { _, a in Arithmetic.apply(.subtract, a[0], a[1]) })
    )
    functionValue(
      "*",
      type: .function([.double, .double], .double),
      .function(FunctionValue { _, a in Arithmetic.apply(.multiply, a[0], a[1]) })
    )
    functionValue(
      "/",
      type: .function([.double, .double], .double),
      .function(FunctionValue { _, a in Arithmetic.apply(.divide, a[0], a[1]) })
    )
    functionValue(
      "+",
      type: .function([.int, .int], .int),
      .function(FunctionValue { _, a throws(Trap) in .int(try Arithmetic.add(a[0].asInt, a[1].asInt, at: 0)) })
    )
    functionValue(
      "-",
      type: .function([.int, .int], .int),
      .function(FunctionValue { _, a throws(Trap) in .int(try Arithmetic.subtract(a[0].asInt, a[1].asInt, at: 0)) })
    )
    functionValue(
      "*",
      type: .function([.int, .int], .int),
      .function(FunctionValue { _, a throws(Trap) in .int(try Arithmetic.multiply(a[0].asInt, a[1].asInt, at: 0)) })
    )
    functionValue(
      "+",
      type: .function([.string, .string], .string),
      .function(FunctionValue { _, a in .string(a[0].asString + a[1].asString) })
    )
    functionValue(
      "<",
      type: .function([.int, .int], .bool),
      .function(FunctionValue { _, a in .bool(a[0].asInt < a[1].asInt) })
    )
    functionValue(
      ">",
      type: .function([.int, .int], .bool),
      .function(FunctionValue { _, a in .bool(a[0].asInt > a[1].asInt) })
    )
    functionValue(
      "<",
      type: .function([.double, .double], .bool),
      .function(FunctionValue { _, a in .bool(a[0].asDouble < a[1].asDouble) })
    )
    functionValue(
      ">",
      type: .function([.double, .double], .bool),
      .function(FunctionValue { _, a in .bool(a[0].asDouble > a[1].asDouble) })
    )
    functionValue(
      "<",
      type: .function([.string, .string], .bool),
      .function(FunctionValue { _, a in .bool(a[0].asString < a[1].asString) })
    )
    functionValue(
      ">",
      type: .function([.string, .string], .bool),
      .function(FunctionValue { _, a in .bool(a[0].asString > a[1].asString) })
    )
  }

  /// A `(Double) -> Double` function, callable and usable as a value.
  ///
  /// Foundation declares most of them once per floating-point type, so an integer literal argument is
  /// ambiguous (`exp(0)`) unless the context asks for a Double; `sqrt`, `floor`, `ceil` and `round` are
  /// generic and take it as a Double.
  private func unaryDouble(_ name: String, generic: Bool = true, _ body: @escaping (Value) -> Value) {
    function(name, labels: [nil]) { site throws(CompileError) in
      guard Prelude.match(site, [nil]) != nil else { return nil }
      // With a Double context (`let y: Double = exp(1)`, `x - exp(1)`) Swift's choice is clear.
      if !generic, site.expected != .double,
        try site.compiler.expression(site.arguments[0].expression, expected: nil).isFlexibleInteger
      {
        throw CompileError("ambiguous use of '\(name)'", at: site.callee ?? site.node)
      }
      let operand = try site.argument(0, as: .double)
      let eval = operand.eval
      let position = site.calleePosition
      return Expr(type: .double) { m throws(Trap) in
        let x = try eval(m)
        return try Prelude.coveredByFormulas(body(x), from: x, m, at: position)
      }
    }
    functionValue(
      name,
      type: .function([.double], .double),
      .function(FunctionValue { _, arguments in body(arguments[0]) })
    )
  }

  private func binaryDouble(_ name: String, _ body: @escaping (Value, Value) -> Value) {
    function(name, labels: [nil, nil]) { site throws(CompileError) in
      guard Prelude.match(site, [nil, nil]) != nil else { return nil }
      let first = try site.compiler.expression(site.arguments[0].expression, expected: .double)
      let second = try site.compiler.expression(site.arguments[1].expression, expected: nil)
      let firstIsInteger = try site.compiler.expression(site.arguments[0].expression, expected: nil).isFlexibleInteger
      if name == "pow", second.isFlexibleInteger, first.literal != .none {
        // Swift picks `pow(Decimal, Int)` for `pow(2, 10)` (printing `1024`) and finds `pow(2.0, 10)` ambiguous.
        if firstIsInteger {
          throw site.error("'pow(2, 10)' is Decimal arithmetic in Swift, not Double; write 'pow(2.0, 10.0)'")
        }
        throw CompileError("ambiguous use of 'pow'", at: site.callee ?? site.node)
      }
      if name == "atan2", first.literal != .none, second.literal != .none, firstIsInteger || second.isFlexibleInteger {
        throw CompileError("ambiguous use of 'atan2'", at: site.callee ?? site.node)
      }
      let a = try site.compiler.coerce(first, to: .double, at: site.arguments[0].expression, .argument)
      let b = try site.compiler.coerce(second, to: .double, at: site.arguments[1].expression, .argument)
      let (l, r) = (a.eval, b.eval)
      return Expr(type: .double) { m throws(Trap) in body(try l(m), try r(m)) }
    }
    functionValue(
      name,
      type: .function([.double, .double], .double),
      .function(FunctionValue { _, a in body(a[0], a[1]) })
    )
  }

  private func registerAbsMinMax() {
    function("abs", labels: [nil]) { site throws(CompileError) in
      guard Prelude.match(site, [nil]) != nil else { return nil }
      let operand = try site.argument(0)
      let eval = operand.eval
      let position = site.position
      switch operand.type {
      case .int:
        return Expr(type: .int) { m throws(Trap) in
          let x = try eval(m).asInt
          if x == .min { throw Trap(message: "arithmetic overflow", position: position) }
          return .int(Swift.abs(x))
        }
      case .double:
        let callee = site.calleePosition
        return Expr(type: .double) { m throws(Trap) in
          let x = try eval(m)
          return try Prelude.coveredByFormulas(Arithmetic.apply(x, name: "abs", .magnitude), from: x, m, at: callee)
        }
      default:
        throw site.error(
          "cannot convert value of type '\(operand.type.spelling)' to expected argument type 'Double'",
          argument: 0
        )
      }
    }
    functionValue(
      "abs",
      type: .function([.double], .double),
      .function(
        FunctionValue { _, a in
          Arithmetic.apply(a[0], name: "abs", .magnitude)
        }
      )
    )
    for name in ["min", "max"] {
      let isMax = name == "max"
      function(name, labels: [nil, nil]) { site throws(CompileError) in
        guard site.arguments.count >= 2, site.arguments.allSatisfy({ $0.label == nil }) else { return nil }
        var operands: [Expr] = []
        for index in site.arguments.indices { operands.append(try site.argument(index)) }
        let type: SType = operands.contains { $0.type == .double } ? .double : operands[0].type
        for index in operands.indices {
          guard let converted = site.compiler.convert(operands[index], to: type) else {
            throw site.error(
              "conflicting arguments to generic parameter 'T' ('\(operands[0].type.spelling)' vs. '\(operands[index].type.spelling)')",
              argument: index
            )
          }
          operands[index] = converted
        }
        guard type.isComparable else {
          throw site.error("global function '\(name)' requires that '\(type.spelling)' conform to 'Comparable'")
        }
        let evals = operands.map(\.eval)
        let position = site.calleePosition
        return Expr(type: type) { m throws(Trap) in
          var result = try evals[0](m)
          for eval in evals.dropFirst() {
            let next = try eval(m)
            if type == .double {
              let extreme = Arithmetic.extremum(result, next, max: isMax)
              result = try Prelude.coveredByFormulas(extreme, from: result, and: next, m, at: position)
            } else if Value.less(next, result, type: type) != isMax && !Value.equal(next, result, type: type) {
              result = next
            }
          }
          return result
        }
      }
      functionValue(
        name,
        type: .function([.double, .double], .double),
        .function(
          FunctionValue { _, a in
            Arithmetic.extremum(a[0], a[1], max: isMax)
          }
        )
      )
      functionValue(
        name,
        type: .function([.int, .int], .int),
        .function(
          FunctionValue { _, a in
            .int(isMax ? Swift.max(a[0].asInt, a[1].asInt) : Swift.min(a[0].asInt, a[1].asInt))
          }
        )
      )
    }
  }

  private func registerMathMembers() {
    let doubleConstants: [(String, Double)] = [
      ("pi", .pi), ("infinity", .infinity), ("nan", .nan), ("ulpOfOne", .ulpOfOne),
      ("greatestFiniteMagnitude", .greatestFiniteMagnitude), ("leastNormalMagnitude", .leastNormalMagnitude),
      ("leastNonzeroMagnitude", .leastNonzeroMagnitude), ("zero", 0),
    ]
    for (name, value) in doubleConstants {
      staticMember("Double", name) { _ in .constant(.double(value), type: .double) }
    }
    staticMember("Int", "max") { _ in .constant(.int(.max), type: .int) }
    staticMember("Int", "min") { _ in .constant(.int(.min), type: .int) }
    staticMember("Int", "zero") { _ in .constant(.int(0), type: .int) }
    doubleProperty("magnitude", .double) {
      Arithmetic.apply($0, name: "magnitude", .magnitude)
    }
    doubleProperty("isNaN", .bool) { .bool($0.asDouble.isNaN) }
    doubleProperty("isFinite", .bool) { .bool($0.asDouble.isFinite) }
    doubleProperty("isInfinite", .bool) { .bool($0.asDouble.isInfinite) }
    doubleProperty("isZero", .bool) { .bool($0.asDouble.isZero) }
    doubleProperty("ulp", .double) { .double($0.asDouble.ulp) }
    property("magnitude") { receiver, _ in
      guard receiver.type == .int else { return nil }
      let eval = receiver.eval
      return Expr(type: .int) { m throws(Trap) in .int(Int(bitPattern: try eval(m).asInt.magnitude)) }
    }
    doubleMethod("squareRoot") { Arithmetic.apply(.sqrt, $0) }
    doubleMethod("rounded") { Arithmetic.apply($0, name: "rounded", .rounded(.toNearestOrAwayFromZero)) }
    for (name, truncating) in [("truncatingRemainder", true), ("remainder", false)] {
      method(name) { receiver, site throws(CompileError) in
        guard receiver.type == .double, Prelude.match(site, ["dividingBy"]) != nil else { return nil }
        let divisor = try site.argument(0, as: .double)
        let (l, r) = (receiver.eval, divisor.eval)
        let position = site.position
        return Expr(type: .double) { m throws(Trap) in
          let (x, y) = (try l(m), try r(m))
          let remainder = Arithmetic.remainder(x, y, truncating: truncating)
          return try Prelude.coveredByFormulas(remainder, from: x, and: y, m, at: position)
        }
      }
    }
    method("isMultiple") { receiver, site throws(CompileError) in
      guard receiver.type == .int, Prelude.match(site, ["of"]) != nil else { return nil }
      let divisor = try site.argument(0, as: .int)
      let (l, r) = (receiver.eval, divisor.eval)
      return Expr(type: .bool) { m throws(Trap) in .bool(try l(m).asInt.isMultiple(of: try r(m).asInt)) }
    }
  }

  private func doubleProperty(_ name: String, _ type: SType, _ body: @escaping (Value) -> Value) {
    property(name) { receiver, _ in
      guard receiver.type == .double else { return nil }
      let eval = receiver.eval
      return Expr(type: type) { m throws(Trap) in body(try eval(m)) }
    }
  }

  private func doubleMethod(_ name: String, _ body: @escaping (Value) -> Value) {
    method(name) { receiver, site throws(CompileError) in
      guard receiver.type == .double, site.arguments.isEmpty else { return nil }
      let eval = receiver.eval
      let position = site.position
      return Expr(type: .double) { m throws(Trap) in
        let x = try eval(m)
        return try Prelude.coveredByFormulas(body(x), from: x, m, at: position)
      }
    }
  }

  private func registerOperatorValues() {
    let intOperations: [(String, (Int, Int) throws(Trap) -> Int)] = [
      ("/", { a, b throws(Trap) in try Arithmetic.divide(a, b, at: 0) }),
      ("%", { a, b throws(Trap) in try Arithmetic.remainder(a, b, at: 0) }),
    ]
    for (name, operation) in intOperations {
      let value = FunctionValue { _, a throws(Trap) in .int(try operation(a[0].asInt, a[1].asInt)) }
      functionValue(name, type: .function([.int, .int], .int), .function(value))
    }
  }
}
