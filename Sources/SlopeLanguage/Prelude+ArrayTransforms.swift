extension Prelude {
  func registerArrayTransforms() {
    arrayMethod("map") { receiver, element, site throws(CompileError) in
      guard site.arguments.count == 1, site.arguments[0].label == nil else { return nil }
      let (transform, result) = try site.function(0, parameters: [element], result: nil)
      let eval = receiver.eval
      let position = site.position
      return Expr(type: .array(result)) { m throws(Trap) in
        let function = try transform(m)
        var output: [Value] = []
        let items = try eval(m).asArray
        output.reserveCapacity(items.count)
        for item in items { output.append(try invoke(function, [item], m, position)) }
        return .array(output)
      }
    }
    arrayMethod("compactMap") { receiver, element, site throws(CompileError) in
      guard site.arguments.count == 1 else { return nil }
      let (transform, result) = try site.function(0, parameters: [element], result: nil)
      let eval = receiver.eval
      let position = site.position
      return Expr(type: .array(result.unwrapped)) { m throws(Trap) in
        let function = try transform(m)
        var output: [Value] = []
        for item in try eval(m).asArray {
          let value = try invoke(function, [item], m, position)
          if case .none = value { continue }
          output.append(value)
        }
        return .array(output)
      }
    }
    arrayMethod("filter") { receiver, element, site throws(CompileError) in
      guard site.arguments.count == 1 else { return nil }
      let predicate = try site.function(0, parameters: [element], result: .bool).eval
      let eval = receiver.eval
      let position = site.position
      return Expr(type: .array(element)) { m throws(Trap) in
        let test = try predicate(m)
        var output: [Value] = []
        for item in try eval(m).asArray where try invoke(test, [item], m, position).asBool { output.append(item) }
        return .array(output)
      }
    }
    arrayMethod("forEach") { receiver, element, site throws(CompileError) in
      guard site.arguments.count == 1 else { return nil }
      let body = try site.function(0, parameters: [element], result: .void).eval
      let eval = receiver.eval
      let position = site.position
      return Expr(type: .void) { m throws(Trap) in
        let function = try body(m)
        for item in try eval(m).asArray { _ = try invoke(function, [item], m, position) }
        return .none
      }
    }
    arrayMethod("reduce") { receiver, element, site throws(CompileError) in
      guard site.arguments.count == 2, site.arguments[0].label == nil else { return nil }
      var initial = try site.argument(0)
      // `[Double].reduce(0, +)`: the literal takes the element type, as Swift's inference gives it.
      if initial.isFlexibleInteger, element == .double, let converted = site.compiler.convert(initial, to: .double) {
        initial = converted
      }
      let combine = try site.function(1, parameters: [initial.type, element], result: initial.type).eval
      let (eval, start) = (receiver.eval, initial.eval)
      let position = site.position
      return Expr(type: initial.type) { m throws(Trap) in
        let function = try combine(m)
        var accumulator = try start(m)
        for item in try eval(m).asArray { accumulator = try invoke(function, [accumulator, item], m, position) }
        return accumulator
      }
    }
    arrayMethod("sorted") { receiver, element, site throws(CompileError) in
      let eval = receiver.eval
      if site.arguments.isEmpty {
        guard element.isComparable else {
          throw site.error(
            "referencing instance method 'sorted()' on 'Sequence' requires that '\(element.spelling)' conform to 'Comparable'"
          )
        }
        return Expr(type: .array(element)) { m throws(Trap) in
          .array(try eval(m).asArray.sorted { Value.less($0, $1, type: element) })
        }
      }
      guard site.arguments.count == 1, site.arguments[0].label == "by" || site.arguments[0].isTrailingClosure else {
        return nil
      }
      let order = try site.function(0, parameters: [element, element], result: .bool).eval
      let position = site.position
      return Expr(type: .array(element)) { m throws(Trap) in
        let function = try order(m)
        var items = try eval(m).asArray
        var failure: Trap?
        // A stable merge sort, so that an inconsistent ordering closure cannot crash the sort.
        items = Prelude.mergeSort(items) { a, b in
          guard failure == nil else { return false }
          do throws(Trap) { return try invoke(function, [a, b], m, position).asBool } catch {
            failure = error
            return false
          }
        }
        if let failure { throw failure }
        return .array(items)
      }
    }
    arrayMethod("reversed") { receiver, element, site throws(CompileError) in
      guard site.arguments.isEmpty else { return nil }
      let eval = receiver.eval
      return Expr(type: .sequence(.reversed(.array(element)), element: element)) { m throws(Trap) in
        .tuple([try eval(m)])
      }
    }
    arrayMethod("enumerated") { receiver, element, site throws(CompileError) in
      guard site.arguments.isEmpty else { return nil }
      let eval = receiver.eval
      let type = SType.tuple([.int, element], labels: ["offset", "element"])
      return Expr(type: .sequence(.enumerated(.array(element)), element: type)) { m throws(Trap) in
        .tuple([try eval(m)])
      }
    }
    for name in ["prefix", "suffix", "dropFirst", "dropLast"] {
      arrayMethod(name) { receiver, element, site throws(CompileError) in
        guard site.arguments.count <= 1, site.arguments.first?.label == nil else { return nil }
        if site.arguments.isEmpty && (name == "prefix" || name == "suffix") { return nil }
        let count = site.arguments.isEmpty ? Expr.constant(.int(1), type: .int) : try site.argument(0, as: .int)
        let (eval, length) = (receiver.eval, count.eval)
        let position = site.position
        return Expr(type: .array(element)) { m throws(Trap) in
          let items = try eval(m).asArray
          let n = try length(m).asInt
          if n < 0 {
            let message =
              name.hasPrefix("drop")
              ? "Can't drop a negative number of elements from a collection"
              : "Can't take a prefix of negative length from a collection"
            throw Trap(message: message, position: position)
          }
          switch name {
          case "prefix": return .array(Array(items.prefix(n)))
          case "suffix": return .array(Array(items.suffix(n)))
          case "dropFirst": return .array(Array(items.dropFirst(n)))
          default: return .array(Array(items.dropLast(n)))
          }
        }
      }
    }
  }

  static func mergeSort(_ items: [Value], by less: (Value, Value) -> Bool) -> [Value] {
    guard items.count > 1 else { return items }
    let middle = items.count / 2
    let left = mergeSort(Array(items[..<middle]), by: less)
    let right = mergeSort(Array(items[middle...]), by: less)
    var merged: [Value] = []
    merged.reserveCapacity(items.count)
    var (i, j) = (0, 0)
    while i < left.count && j < right.count {
      if less(right[j], left[i]) {
        merged.append(right[j])
        j += 1
      } else {
        merged.append(left[i])
        i += 1
      }
    }
    merged += left[i...]
    merged += right[j...]
    return merged
  }

  func registerSequences() {
    function("zip", labels: [nil, nil]) { site throws(CompileError) in
      guard Prelude.match(site, [nil, nil]) != nil else { return nil }
      let first = Prelude.asArray(try site.argument(0), position: site.position)
      let second = Prelude.asArray(try site.argument(1), position: site.position)
      guard case .array(let a) = first.type, case .array(let b) = second.type else {
        throw site.error("zip takes two sequences")
      }
      let (l, r) = (first.eval, second.eval)
      let type = SType.sequence(.zip(first.type, second.type), element: .tuple([a, b], labels: [nil, nil]))
      return Expr(type: type) { m throws(Trap) in .tuple([try l(m), try r(m)]) }
    }
    for (label, kind) in [("to", SType.SequenceKind.strideTo), ("through", .strideThrough)] {
      function("stride", labels: ["from", label, "by"]) { site throws(CompileError) in
        guard Prelude.match(site, ["from", label, "by"]) != nil else { return nil }
        var start = try site.argument(0)
        var end = try site.argument(1)
        var step = try site.argument(2)
        let anyDouble = [start, end, step].contains { $0.type == .double }
        if anyDouble {
          start = try site.compiler.coerce(start, to: .double, at: site.arguments[0].expression, .argument)
          end = try site.compiler.coerce(end, to: .double, at: site.arguments[1].expression, .argument)
          step = try site.compiler.coerce(step, to: .double, at: site.arguments[2].expression, .argument)
        } else if start.type != .int || end.type != .int || step.type != .int {
          throw site.error("stride takes Int or Double bounds")
        }
        let element = start.type
        let (a, b, c) = (start.eval, end.eval, step.eval)
        let position = site.position
        return Expr(type: .sequence(kind, element: element)) { m throws(Trap) in
          let by = try c(m)
          if element == .int ? by.asInt == 0 : by.asDouble == 0 {
            throw Trap(message: "Stride size must not be zero", position: position)
          }
          return .tuple([try a(m), try b(m), by])
        }
      }
    }
  }
}
