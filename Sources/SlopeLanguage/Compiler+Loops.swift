import SwiftSyntax

extension Compiler {
  /// What a loop does with the flow its body ended with: go on, leave the loop, or pass a jump outwards.
  @inline(__always) static func loopControl(_ flow: Flow, id: Int) -> Flow? {
    switch flow {
    case .normal: return nil
    case .continueLoop(let target) where target == id: return nil
    case .breakOut(let target) where target == id: return .normal
    default: return flow
    }
  }

  func forStatement(_ node: ForStmtSyntax, label: String?) throws(CompileError) -> Exec {
    if node.caseKeyword != nil || node.tryKeyword != nil || node.awaitKeyword != nil {
      throw CompileError("this form of 'for' is not supported in notebooks", at: node.forKeyword)
    }
    let position = node.forKeyword.positionAfterSkippingLeadingTrivia.utf8Offset
    let outer = enterScope()
    defer { scope = outer }
    do {
      if let infix = node.sequence.as(InfixOperatorExprSyntax.self),
        let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text, op == "..<" || op == "..."
      {
        let (lower, upper) = try operands(infix.leftOperand, infix.rightOperand)
        if lower.type == .int && upper.type == .int {
          return try intRangeLoop(
            node,
            label: label,
            lower: lower.eval,
            upper: upper.eval,
            closed: op == "...",
            position: infix.operator.positionAfterSkippingLeadingTrivia.utf8Offset
          )
        }
      }
      let sequence = try defaultType(of: try expression(node.sequence, expected: nil), at: node.sequence)
      guard let element = sequence.type.iterationElement else {
        throw CompileError(
          "for-in loop requires '\(sequence.type.spelling)' to conform to 'Sequence'",
          at: node.sequence
        )
      }
      let variables = try declarePattern(node.pattern, type: element, isMutable: false)
      let store =
        variables.count == 1 && node.pattern.is(IdentifierPatternSyntax.self)
        ? initialize(variables[0]) : destructure(node.pattern, variables: variables)
      let filter = try whereFilter(node.whereClause)
      let (id, body) = try loopBody(node.body, label: label)
      let eval = sequence.eval
      let type = sequence.type
      return { m throws(Trap) in
        let value = try eval(m)
        var result = Flow.normal
        try Compiler.iterate(value, type: type, machine: m, position: position) { element throws(Trap) in
          try m.tickLoop(at: position)
          store(m, element)
          if let filter, try !filter(m).asBool { return true }
          if let exit = Compiler.loopControl(try body(m), id: id) {
            result = exit
            return false
          }
          return true
        }
        return result
      }
    }
  }

  private func whereFilter(_ clause: WhereClauseSyntax?) throws(CompileError) -> Eval? {
    guard let clause else { return nil }
    return try coerce(try expression(clause.condition, expected: .bool), to: .bool, at: clause.condition, .condition)
      .eval
  }

  private func intRangeLoop(
    _ node: ForStmtSyntax,
    label: String?,
    lower: @escaping Eval,
    upper: @escaping Eval,
    closed: Bool,
    position: Int
  ) throws(CompileError) -> Exec {
    let variables = try declarePattern(node.pattern, type: .int, isMutable: false)
    let store: ((Machine, Value) -> Void)? = variables.first.map { initialize($0) }
    // The common case, a loop variable in a frame slot, is stored without a closure call.
    var localSlot: Int?
    if case .local(let slot)? = variables.first?.storage { localSlot = slot }
    let filter = try whereFilter(node.whereClause)
    let (id, body) = try loopBody(node.body, label: label)
    let stores = node.body.statements.compactMap { pureStore(of: $0) }
    let kernel =
      filter == nil && stores.count == node.body.statements.count ? DoubleKernel(stores, loopSlot: localSlot) : nil
    // A limit or a symbolic run's refusal is the loop's, at `for`; an empty range is the range's.
    let loopPosition = node.forKeyword.positionAfterSkippingLeadingTrivia.utf8Offset
    return { m throws(Trap) in
      let low = try lower(m).asInt
      let high = try upper(m).asInt
      guard low <= high else { throw Trap(message: "Range requires lowerBound <= upperBound", position: position) }
      if !closed && low == high { return .normal }
      let last = closed ? high : high - 1
      if let kernel, try kernel.run(m, from: low, through: last, at: loopPosition) { return .normal }
      var i = low
      while true {
        try m.tickLoop(at: loopPosition)
        if let localSlot { m.local(localSlot).pointee = .int(i) } else { store?(m, .int(i)) }
        if let filter, try !filter(m).asBool {
        } else if let exit = Compiler.loopControl(try body(m), id: id) {
          return exit
        }
        if i == last { return .normal }
        i &+= 1
      }
    }
  }

  func whileStatement(_ node: WhileStmtSyntax, label: String?) throws(CompileError) -> Exec {
    let position = node.whileKeyword.positionAfterSkippingLeadingTrivia.utf8Offset
    let outer = enterScope()
    let test = try conditions(node.conditions)
    let (id, body) = try loopBody(node.body, label: label)
    scope = outer
    return { m throws(Trap) in
      while try test(m) {
        try m.tickLoop(at: position)
        if let exit = Compiler.loopControl(try body(m), id: id) { return exit }
      }
      return .normal
    }
  }

  func repeatStatement(_ node: RepeatStmtSyntax, label: String?) throws(CompileError) -> Exec {
    let position = node.repeatKeyword.positionAfterSkippingLeadingTrivia.utf8Offset
    let (id, body) = try loopBody(node.body, label: label)
    let condition = try coerce(
      try expression(node.condition, expected: .bool),
      to: .bool,
      at: node.condition,
      .condition
    )
    let test = condition.eval
    return { m throws(Trap) in
      repeat {
        try m.tickLoop(at: position)
        if let exit = Compiler.loopControl(try body(m), id: id) { return exit }
      } while try test(m).asBool
      return .normal
    }
  }

  // MARK: - Sequences

  /// Calls `body` with each element of a sequence value until it returns `false`.
  static func iterate(
    _ value: Value,
    type: SType,
    machine: Machine,
    position: Int,
    _ body: (Value) throws(Trap) -> Bool
  ) throws(Trap) {
    switch type {
    case .array:
      for element in value.asArray where try !body(element) { return }
    case .range(.int, let closed):
      guard case .range(let range) = value else { return }
      let (low, high) = (range.lower.asInt, range.upper.asInt)
      if !closed && low == high { return }
      var i = low
      let last = closed ? high : high - 1
      while try body(.int(i)) {
        if i == last { return }
        i &+= 1
      }
    case .string:
      for character in value.asString where try !body(.string(String(character))) { return }
    case .sequence(let kind, let element):
      let fields = value.asArray
      switch kind {
      case .strideTo, .strideThrough:
        guard fields.count == 3 else { return }
        try stride(fields[0], fields[1], fields[2], through: kind == .strideThrough, element: element, body)
      case .zip:
        guard fields.count == 2 else { return }
        let (first, second) = (fields[0].asArray, fields[1].asArray)
        for index in 0..<min(first.count, second.count) where try !body(.tuple([first[index], second[index]])) {
          return
        }
      case .enumerated:
        guard let base = fields.first else { return }
        for (index, item) in base.asArray.enumerated() where try !body(.tuple([.int(index), item])) { return }
      case .reversed:
        guard let base = fields.first else { return }
        for item in base.asArray.reversed() where try !body(item) { return }
      case .slice:
        guard let base = fields.first else { return }
        for item in base.asArray where try !body(item) { return }
      }
    default:
      return
    }
  }

  /// The elements of `stride(from:to:by:)` and `stride(from:through:by:)`, computed as the standard library
  /// computes them: a `Double` element is `start + index * step` with one rounding (a fused multiply-add).
  private static func stride(
    _ start: Value,
    _ end: Value,
    _ step: Value,
    through: Bool,
    element: SType,
    _ body: (Value) throws(Trap) -> Bool
  ) throws(Trap) {
    if element == .int {
      let (first, last, by) = (start.asInt, end.asInt, step.asInt)
      var current = first
      var returnedEnd = false
      while true {
        if by > 0 ? current >= last : current <= last {
          guard through, current == last, !returnedEnd else { return }
          returnedEnd = true
        }
        guard try body(.int(current)) else { return }
        let (next, overflow) = current.addingReportingOverflow(by)
        if overflow { return }
        current = next
      }
    }
    let (first, last, by) = (start.asDouble, end.asDouble, step.asDouble)
    var index = 0
    var current = first
    var returnedEnd = false
    while true {
      if by > 0 ? current >= last : current <= last {
        guard through, current == last, !returnedEnd else { return }
        returnedEnd = true
      }
      guard try body(.double(current)) else { return }
      index += 1
      current = first.addingProduct(Double(index), by)
    }
  }

  /// All elements of a sequence value, for `Array(...)` and the collection methods.
  static func elements(of value: Value, type: SType, machine: Machine, position: Int) throws(Trap) -> [Value] {
    if case .array = type { return value.asArray }
    var result: [Value] = []
    try iterate(value, type: type, machine: machine, position: position) { element throws(Trap) in
      result.append(element)
      if result.count > machine.maxCollectionCount { try machine.checkCount(result.count, at: position) }
      return true
    }
    return result
  }
}
