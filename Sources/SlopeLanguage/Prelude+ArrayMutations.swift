/// Resolves a mutating method call on a place (`numbers.append(4)`).
typealias PreludeMutatingMethod = (LValue, CallSite) throws(CompileError) -> Expr?

extension Prelude {
  func registerArrayMutations() {
    mutating("append") { place, element, site throws(CompileError) in
      if site.arguments.count == 1, site.arguments[0].label == "contentsOf" {
        let other = Prelude.asArray(try site.argument(0, expected: place.type), position: site.position)
        guard other.type == place.type else {
          throw site.error(
            "cannot convert value of type '\(other.type.spelling)' to expected argument type '\(place.type.spelling)'",
            argument: 0
          )
        }
        let position = site.position
        return Prelude.mutate(place, type: .void, arguments: [other.eval]) { m, elements, values throws(Trap) in
          let extra = values[0].asArray
          try m.checkCount(elements.count + extra.count, at: position)
          elements.append(contentsOf: extra)
          return .none
        }
      }
      guard site.arguments.count == 1, site.arguments[0].label == nil else { return nil }
      let eval = try site.argument(0, as: element).eval
      let position = site.position
      return Prelude.mutate(place, type: .void, arguments: [eval]) { m, elements, values throws(Trap) in
        let value = values[0]
        if elements.count >= m.maxCollectionCount { try m.checkCount(elements.count + 1, at: position) }
        elements.append(value)
        return .none
      }
    }
    mutating("insert") { place, element, site throws(CompileError) in
      guard Prelude.match(site, [nil, "at"]) != nil else { return nil }
      let value = try site.argument(0, as: element).eval
      let index = try site.argument(1, as: .int).eval
      let position = site.position
      return Prelude.mutate(place, type: .void, arguments: [value, index]) { _, elements, values throws(Trap) in
        let item = values[0]
        let i = values[1].asInt
        guard i >= 0 && i <= elements.count else {
          throw Trap(message: "Array index is out of range", position: position)
        }
        elements.insert(item, at: i)
        return .none
      }
    }
    mutating("remove") { place, element, site throws(CompileError) in
      guard Prelude.match(site, ["at"]) != nil else { return nil }
      let index = try site.argument(0, as: .int).eval
      let position = site.position
      return Prelude.mutate(place, type: element, arguments: [index]) { _, elements, values throws(Trap) in
        let i = values[0].asInt
        guard i >= 0 && i < elements.count else { throw Trap(message: "Index out of range", position: position) }
        return elements.remove(at: i)
      }
    }
    mutating("removeLast") { place, element, site throws(CompileError) in
      guard site.arguments.isEmpty else { return nil }
      let position = site.position
      return Prelude.mutate(place, type: element) { _, elements, _ throws(Trap) in
        guard let last = elements.popLast() else {
          throw Trap(message: "Can't remove last element from an empty collection", position: position)
        }
        return last
      }
    }
    mutating("removeFirst") { place, element, site throws(CompileError) in
      guard site.arguments.isEmpty else { return nil }
      let position = site.position
      return Prelude.mutate(place, type: element) { _, elements, _ throws(Trap) in
        guard !elements.isEmpty else {
          throw Trap(message: "Can't remove first element from an empty collection", position: position)
        }
        return elements.removeFirst()
      }
    }
    mutating("removeAll") { place, _, site throws(CompileError) in
      guard site.arguments.isEmpty else { return nil }
      return Prelude.mutate(place, type: .void) { _, elements, _ throws(Trap) in
        elements.removeAll()
        return .none
      }
    }
    mutating("sort") { place, element, site throws(CompileError) in
      guard site.arguments.isEmpty, element.isComparable else { return nil }
      return Prelude.mutate(place, type: .void) { _, elements, _ throws(Trap) in
        elements.sort { Value.less($0, $1, type: element) }
        return .none
      }
    }
    mutating("reverse") { place, _, site throws(CompileError) in
      guard site.arguments.isEmpty else { return nil }
      return Prelude.mutate(place, type: .void) { _, elements, _ throws(Trap) in
        elements.reverse()
        return .none
      }
    }
    mutating("swapAt") { place, _, site throws(CompileError) in
      guard Prelude.match(site, [nil, nil]) != nil else { return nil }
      let (a, b) = (try site.argument(0, as: .int).eval, try site.argument(1, as: .int).eval)
      let position = site.position
      return Prelude.mutate(place, type: .void, arguments: [a, b]) { _, elements, values throws(Trap) in
        let (i, j) = (values[0].asInt, values[1].asInt)
        guard elements.indices.contains(i), elements.indices.contains(j) else {
          throw Trap(message: "Index out of range", position: position)
        }
        elements.swapAt(i, j)
        return .none
      }
    }
  }

  private func mutating(_ name: String, _ body: @escaping (LValue, SType, CallSite) throws(CompileError) -> Expr?) {
    mutatingMethod(name) { place, site throws(CompileError) in
      guard case .array(let element) = place.type else { return nil }
      return try body(place, element, site)
    }
  }

  /// Code that changes the array at a place in place: the array is moved out of its slot, so that
  /// Swift's copy-on-write finds it unique and does not copy it.
  static func mutate(
    _ place: LValue,
    type: SType,
    arguments: [Eval] = [],
    _ body: @escaping (Machine, inout [Value], [Value]) throws(Trap) -> Value
  ) -> Expr {
    let modify = place.modify
    return Expr(type: type) { m throws(Trap) in
      // Arguments are evaluated before the array leaves its slot, so they can read it (`xs.count`).
      var values: [Value] = []
      for argument in arguments { values.append(try argument(m)) }
      var result = Value.none
      try modify(m) { (slot: inout Value) throws(Trap) in
        guard case .array(var elements) = slot else { return }
        slot = .none
        defer { slot = .array(elements) }
        result = try body(m, &elements, values)
      }
      return result
    }
  }
}
