extension CallSite {
  /// A function argument (usually a closure) for parameters of the given types; its result type is
  /// `result`, or whatever the closure returns when `result` is `nil`.
  func function(_ index: Int, parameters: [SType], result: SType?) throws(CompileError) -> (eval: Eval, result: SType) {
    let syntax = arguments[index].expression
    let value = try compiler.expression(syntax, expected: .function(parameters, result ?? .inferred))
    guard case .function(let actualParameters, let actualResult) = value.type, actualParameters == parameters else {
      let expected = SType.function(parameters, result ?? .void).spelling
      throw CompileError(
        "cannot convert value of type '\(value.type.spelling)' to expected argument type '\(expected)'",
        at: syntax
      )
    }
    if let result, actualResult != result {
      throw CompileError(
        "cannot convert value of type '\(value.type.spelling)' to expected argument type '\(SType.function(parameters, result).spelling)'",
        at: syntax
      )
    }
    return (value.eval, actualResult)
  }
}

/// Calls a function value from prelude code.
@inline(__always) func invoke(
  _ function: Value,
  _ arguments: [Value],
  _ m: Machine,
  _ position: Int
) throws(Trap) -> Value {
  guard case .function(let callee) = function else { return .none }
  return try m.call(callee, arguments, at: position)
}

/// Calls a function value of one parameter.
@inline(__always) func invoke(
  _ function: Value,
  argument: Value,
  _ m: Machine,
  _ position: Int
) throws(Trap) -> Value {
  guard case .function(let callee) = function else { return .none }
  return try m.call(callee, argument: argument, at: position)
}

extension Prelude {
  func registerArrays() {
    registerArrayConstruction()
    registerArrayProperties()
    registerArrayQueries()
    registerArrayTransforms()
    registerArrayMutations()
    registerSequences()
  }

  /// A method on arrays (and on any sequence, which is first turned into an array).
  func arrayMethod(
    _ name: String,
    _ body: @escaping (_ receiver: Expr, _ element: SType, _ site: CallSite) throws(CompileError) -> Expr?
  ) {
    method(name) { receiver, site throws(CompileError) in
      guard let element = receiver.type.iterationElement, receiver.type != .string else { return nil }
      do throws(CompileError) {
        let result = try body(Prelude.asArray(receiver, position: site.position), element, site)
        // `let zs: [Double] = [1, 2].map { $0 * 2 }`: the expected result types the literal too.
        if let result, let expected = site.expected, result.type != expected,
          site.compiler.convert(result, to: expected) == nil,
          let doubles = receiver.retype?(Compiler.withDoubles(receiver.type)),
          case .array(let doubleElement) = doubles.type, doubleElement != element,
          let retyped = try? body(doubles, doubleElement, site), retyped.type == expected
        {
          return retyped
        }
        return result
      } catch {
        // `[0, 1, 2].map { f($0) }` with `f` taking a Double: Swift types the literal from the closure.
        guard let doubles = receiver.retype?(Compiler.withDoubles(receiver.type)),
          case .array(let doubleElement) = doubles.type, doubleElement != element,
          let result = try? body(doubles, doubleElement, site)
        else { throw error }
        return result
      }
    }
  }

  /// The receiver as an array value (lazy sequences are materialised).
  static func asArray(_ receiver: Expr, position: Int) -> Expr {
    guard let element = receiver.type.iterationElement else { return receiver }
    if case .array = receiver.type { return receiver }
    let (eval, type) = (receiver.eval, receiver.type)
    return Expr(type: .array(element)) { m throws(Trap) in
      .array(try Compiler.elements(of: try eval(m), type: type, machine: m, position: position))
    }
  }

  private func registerArrayConstruction() {
    let construct: PreludeFunction = { site throws(CompileError) in
      var expectedElement: SType?
      if case .array(let element)? = site.expected { expectedElement = element }
      // `[Double]()`: an empty array of the element type written (or the context's).
      if site.arguments.isEmpty, let expectedElement {
        return Expr(type: .array(expectedElement), eval: { _ in .array([]) })
      }
      if Prelude.match(site, ["repeating", "count"]) != nil {
        let value = try site.argument(0, expected: expectedElement)
        var repeated = value
        if let expectedElement {
          repeated = try site.compiler.coerce(value, to: expectedElement, at: site.arguments[0].expression, .argument)
        }
        let count = try site.argument(1, as: .int)
        let (v, c) = (repeated.eval, count.eval)
        let position = site.position
        return Expr(type: .array(repeated.type)) { m throws(Trap) in
          let element = try v(m)
          let times = try c(m).asInt
          if times < 0 { throw Trap(message: "Can't construct Array with count < 0", position: position) }
          try m.checkCount(times, at: position)
          return .array(Array(repeating: element, count: times))
        }
      }
      guard Prelude.match(site, [nil]) != nil else { return nil }
      let source = try site.argument(0)
      guard let element = source.type.iterationElement else {
        throw site.error("no exact matches in call to initializer")
      }
      let elementType = source.type == .string ? SType.character : element
      let (eval, type) = (source.eval, source.type)
      let position = site.position
      return Expr(type: .array(elementType)) { m throws(Trap) in
        .array(try Compiler.elements(of: try eval(m), type: type, machine: m, position: position))
      }
    }
    function("Array", construct)
    function("[T]", construct)
  }

  private func registerArrayProperties() {
    property("count") { receiver, position in
      if case .sequence(.slice, _) = receiver.type {
        let eval = Prelude.asArray(receiver, position: position).eval
        return Expr(type: .int) { m throws(Trap) in .int(try eval(m).asArray.count) }
      }
      switch receiver.type {
      case .array:
        let eval = receiver.eval
        return Expr(type: .int) { m throws(Trap) in .int(try eval(m).asArray.count) }
      case .string:
        let eval = receiver.eval
        return Expr(type: .int) { m throws(Trap) in .int(try eval(m).asString.count) }
      case .range(.int, let closed):
        let eval = receiver.eval
        return Expr(type: .int) { m throws(Trap) in
          guard case .range(let range) = try eval(m) else { return .int(0) }
          return .int(range.upper.asInt - range.lower.asInt + (closed ? 1 : 0))
        }
      default: return nil
      }
    }
    property("isEmpty") { receiver, position in
      let eval = Prelude.asArray(receiver, position: position).eval
      switch receiver.type {
      case .sequence(.slice, _): return Expr(type: .bool) { m throws(Trap) in .bool(try eval(m).asArray.isEmpty) }
      case .array: return Expr(type: .bool) { m throws(Trap) in .bool(try eval(m).asArray.isEmpty) }
      case .string:
        // The string itself: `asArray` would have turned it into its characters.
        let string = receiver.eval
        return Expr(type: .bool) { m throws(Trap) in .bool(try string(m).asString.isEmpty) }
      case .range(let bound, let closed):
        // A closed range always holds its lower bound; a half-open one is empty when its bounds meet.
        let range = receiver.eval
        return Expr(type: .bool) { m throws(Trap) in
          guard !closed, case .range(let bounds) = try range(m) else { return .bool(false) }
          return .bool(Value.equal(bounds.lower, bounds.upper, type: bound))
        }
      default: return nil
      }
    }
    for (name, first) in [("first", true), ("last", false)] {
      property(name) { receiver, position in
        guard case .array(let element) = Prelude.asArray(receiver, position: position).type else { return nil }
        let eval = Prelude.asArray(receiver, position: position).eval
        return Expr(type: .optional(element)) { m throws(Trap) in
          let elements = try eval(m).asArray
          return (first ? elements.first : elements.last) ?? .none
        }
      }
    }
    property("indices") { receiver, _ in
      if case .sequence(.slice, _) = receiver.type {
        let eval = receiver.eval
        return Expr(type: .range(.int, closed: false)) { m throws(Trap) in
          let fields = try eval(m).asArray
          guard fields.count == 2 else { return .none }
          let start = fields[1].asInt
          return .range(RangeBox(lower: .int(start), upper: .int(start + fields[0].asArray.count)))
        }
      }
      guard case .array = receiver.type else { return nil }
      let eval = receiver.eval
      return Expr(type: .range(.int, closed: false)) { m throws(Trap) in
        .range(RangeBox(lower: .int(0), upper: .int(try eval(m).asArray.count)))
      }
    }
    for name in ["lowerBound", "upperBound"] {
      property(name) { receiver, _ in
        guard case .range(let bound, _) = receiver.type else { return nil }
        let eval = receiver.eval
        return Expr(type: bound) { m throws(Trap) in
          guard case .range(let range) = try eval(m) else { return .none }
          return name == "lowerBound" ? range.lower : range.upper
        }
      }
    }
  }

  /// `min(by:)` and `max(by:)`: the first least (or greatest) element by `areInIncreasingOrder`, as
  /// Swift's `Sequence` picks them.
  static func extreme(_ receiver: Expr, element: SType, site: CallSite, isMax: Bool) throws(CompileError) -> Expr {
    let order = try site.function(0, parameters: [element, element], result: .bool).eval
    let eval = receiver.eval
    let position = site.position
    return Expr(type: .optional(element)) { m throws(Trap) in
      let less = try order(m)
      let elements = try eval(m).asArray
      guard var best = elements.first else { return .none }
      for candidate in elements.dropFirst() {
        // The standard library's calls, argument order included: a closure that prints shows it.
        let arguments = isMax ? [best, candidate] : [candidate, best]
        if try invoke(less, arguments, m, position).asBool { best = candidate }
      }
      return best
    }
  }

  /// The index of the first (or, `fromEnd`, the last) item that passes `test`.
  ///
  /// - Note: The standard library's `firstIndex(where:)` and `lastIndex(where:)` rethrow untyped errors, which
  ///   a predicate that throws a `Trap` cannot pass through.
  static func index<Failure: Error>(
    in items: [Value],
    fromEnd: Bool,
    where test: (Value) throws(Failure) -> Bool
  ) throws(Failure) -> Int? {
    let order =
      fromEnd ? stride(from: items.count - 1, through: 0, by: -1) : stride(from: 0, through: items.count - 1, by: 1)
    for index in order where try test(items[index]) { return index }
    return nil
  }

  private func registerArrayQueries() {
    for (name, isMax) in [("min", false), ("max", true)] {
      arrayMethod(name) { receiver, element, site throws(CompileError) in
        if site.arguments.count == 1, site.arguments[0].label == "by" || site.arguments[0].isTrailingClosure {
          return try Prelude.extreme(receiver, element: element, site: site, isMax: isMax)
        }
        guard site.arguments.isEmpty else { return nil }
        guard element.isComparable else {
          throw site.error(
            "referencing instance method '\(name)()' on 'Sequence' requires that '\(element.spelling)' conform to 'Comparable'"
          )
        }
        let eval = receiver.eval
        return Expr(type: .optional(element)) { m throws(Trap) in
          let elements = try eval(m).asArray
          guard var best = elements.first else { return .none }
          for candidate in elements.dropFirst() {
            if isMax ? Value.less(best, candidate, type: element) : Value.less(candidate, best, type: element) {
              best = candidate
            }
          }
          return best
        }
      }
    }
    arrayMethod("contains") { receiver, element, site throws(CompileError) in
      let eval = receiver.eval
      if Prelude.match(site, ["where"]) != nil || (site.arguments.count == 1 && site.arguments[0].isTrailingClosure) {
        let predicate = try site.function(0, parameters: [element], result: .bool).eval
        let position = site.position
        return Expr(type: .bool) { m throws(Trap) in
          let test = try predicate(m)
          for item in try eval(m).asArray where try invoke(test, [item], m, position).asBool { return .bool(true) }
          return .bool(false)
        }
      }
      guard Prelude.match(site, [nil]) != nil else { return nil }
      let needle = try site.argument(0, as: element).eval
      return Expr(type: .bool) { m throws(Trap) in
        let items = try eval(m).asArray
        let value = try needle(m)
        return .bool(items.contains { Value.equal($0, value, type: element) })
      }
    }
    for (name, fromEnd) in [("firstIndex", false), ("lastIndex", true)] {
      method(name) { receiver, site throws(CompileError) in
        // A slice answers with the indices of the array it came from.
        guard case .sequence(.slice, let element) = receiver.type, Prelude.match(site, ["of"]) != nil else {
          return nil
        }
        let needle = try site.argument(0, as: element).eval
        let eval = receiver.eval
        return Expr(type: .optional(.int)) { m throws(Trap) in
          let fields = try eval(m).asArray
          let value = try needle(m)
          guard fields.count == 2 else { return .none }
          let index = Prelude.index(in: fields[0].asArray, fromEnd: fromEnd) { Value.equal($0, value, type: element) }
          return index.map { .int($0 + fields[1].asInt) } ?? .none
        }
      }
      arrayMethod(name) { receiver, element, site throws(CompileError) in
        let eval = receiver.eval
        if Prelude.match(site, ["where"]) != nil || (site.arguments.count == 1 && site.arguments[0].isTrailingClosure) {
          let predicate = try site.function(0, parameters: [element], result: .bool).eval
          let position = site.position
          return Expr(type: .optional(.int)) { m throws(Trap) in
            let test = try predicate(m)
            let index = try Prelude.index(in: try eval(m).asArray, fromEnd: fromEnd) { item throws(Trap) in
              try invoke(test, [item], m, position).asBool
            }
            return index.map { .int($0) } ?? .none
          }
        }
        guard Prelude.match(site, ["of"]) != nil else { return nil }
        let needle = try site.argument(0, as: element).eval
        return Expr(type: .optional(.int)) { m throws(Trap) in
          let items = try eval(m).asArray
          let value = try needle(m)
          return Prelude.index(in: items, fromEnd: fromEnd) { Value.equal($0, value, type: element) }.map { .int($0) }
            ?? .none
        }
      }
    }
    for (name, fromEnd) in [("first", false), ("last", true)] {
      arrayMethod(name) { receiver, element, site throws(CompileError) in
        guard site.arguments.count == 1, site.arguments[0].label == "where" || site.arguments[0].isTrailingClosure
        else { return nil }
        let predicate = try site.function(0, parameters: [element], result: .bool).eval
        let eval = receiver.eval
        let position = site.position
        return Expr(type: .optional(element)) { m throws(Trap) in
          let test = try predicate(m)
          let items = try eval(m).asArray
          for item in fromEnd ? items.reversed() : items where try invoke(test, [item], m, position).asBool {
            return item
          }
          return .none
        }
      }
    }
    arrayMethod("allSatisfy") { receiver, element, site throws(CompileError) in
      guard site.arguments.count == 1 else { return nil }
      let predicate = try site.function(0, parameters: [element], result: .bool).eval
      let eval = receiver.eval
      let position = site.position
      return Expr(type: .bool) { m throws(Trap) in
        let test = try predicate(m)
        for item in try eval(m).asArray where try !invoke(test, [item], m, position).asBool { return .bool(false) }
        return .bool(true)
      }
    }
    arrayMethod("joined") { receiver, element, site throws(CompileError) in
      guard element == .string else { return nil }
      let separator = Prelude.match(site, ["separator"]) != nil ? try site.argument(0, as: .string).eval : nil
      guard separator != nil || site.arguments.isEmpty else { return nil }
      let eval = receiver.eval
      return Expr(type: .string) { m throws(Trap) in
        .string(try eval(m).asArray.map(\.asString).joined(separator: try separator?(m).asString ?? ""))
      }
    }
  }
}
