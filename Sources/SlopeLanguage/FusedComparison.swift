/// Comparisons of `Double`s and `Int`s, and `Int` arithmetic, with operands read in place (see
/// ``FusedArithmetic``).
enum FusedComparison {
  /// `lhs op rhs` on doubles; a symbolic operand (inside `formula(of:)`) traps, since a formula has no branches.
  static func doubles(_ op: String, _ lhs: Expr, _ rhs: Expr, position: Int) -> Eval {
    let (l, r) = (OperandSource(lhs), OperandSource(rhs))
    switch op {
    case "==": return make(Equal.self, l, r, position)
    case "!=": return make(NotEqual.self, l, r, position)
    case "<": return make(Less.self, l, r, position)
    case ">": return make(Greater.self, l, r, position)
    case "<=": return make(LessOrEqual.self, l, r, position)
    default: return make(GreaterOrEqual.self, l, r, position)
    }
  }

  /// `lhs op rhs` on integers.
  static func integers(_ op: String, _ lhs: Expr, _ rhs: Expr) -> Eval {
    let (l, r) = (OperandSource(lhs), OperandSource(rhs))
    switch op {
    case "==": return makeInt(Equal.self, l, r)
    case "!=": return makeInt(NotEqual.self, l, r)
    case "<": return makeInt(Less.self, l, r)
    case ">": return makeInt(Greater.self, l, r)
    case "<=": return makeInt(LessOrEqual.self, l, r)
    default: return makeInt(GreaterOrEqual.self, l, r)
    }
  }

  private static func make<Op: Comparison>(
    _ op: Op.Type,
    _ lhs: OperandSource,
    _ rhs: OperandSource,
    _ position: Int
  )
    -> Eval
  {
    switch lhs {
    case .local(let slot): return make(op, SlotRead(local: slot), rhs, position)
    case .global(let id): return make(op, SlotRead(global: id), rhs, position)
    case .constant(let value): return make(op, ConstantRead(value: .double(value)), rhs, position)
    case .integer(let value): return make(op, ConstantRead(value: .int(value)), rhs, position)
    case .code(let eval): return make(op, CodeRead(eval: eval), rhs, position)
    }
  }

  private static func make<Op: Comparison, L: Read>(
    _ op: Op.Type,
    _ lhs: L,
    _ rhs: OperandSource,
    _ position: Int
  )
    -> Eval
  {
    switch rhs {
    case .local(let slot): return doubles(op, lhs, SlotRead(local: slot), position)
    case .global(let id): return doubles(op, lhs, SlotRead(global: id), position)
    case .constant(let value): return doubles(op, lhs, ConstantRead(value: .double(value)), position)
    case .integer(let value): return doubles(op, lhs, ConstantRead(value: .int(value)), position)
    case .code(let eval): return doubles(op, lhs, CodeRead(eval: eval), position)
    }
  }

  private static func doubles<Op: Comparison, L: Read, R: Read>(
    _: Op.Type,
    _ lhs: L,
    _ rhs: R,
    _ position: Int
  )
    -> Eval
  {
    { m throws(Trap) in
      let a = try lhs.read(m)
      let b = try rhs.read(m)
      if case .double(let x) = a, case .double(let y) = b { return .bool(Op.test(x, y)) }
      // A dual number compares by its primal value; a formula (or a dual number of formulas) cannot branch.
      guard let x = Arithmetic.comparable(a), let y = Arithmetic.comparable(b) else {
        throw Trap(message: Prelude.formulaComparison(in: m), position: position)
      }
      return .bool(Op.test(x, y))
    }
  }

  private static func makeInt<Op: Comparison>(_ op: Op.Type, _ lhs: OperandSource, _ rhs: OperandSource) -> Eval {
    switch lhs {
    case .local(let slot): return makeInt(op, SlotRead(local: slot), rhs)
    case .global(let id): return makeInt(op, SlotRead(global: id), rhs)
    case .constant(let value): return makeInt(op, ConstantRead(value: .double(value)), rhs)
    case .integer(let value): return makeInt(op, ConstantRead(value: .int(value)), rhs)
    case .code(let eval): return makeInt(op, CodeRead(eval: eval), rhs)
    }
  }

  private static func makeInt<Op: Comparison, L: Read>(_ op: Op.Type, _ lhs: L, _ rhs: OperandSource) -> Eval {
    switch rhs {
    case .local(let slot): return integers(op, lhs, SlotRead(local: slot))
    case .global(let id): return integers(op, lhs, SlotRead(global: id))
    case .constant(let value): return integers(op, lhs, ConstantRead(value: .double(value)))
    case .integer(let value): return integers(op, lhs, ConstantRead(value: .int(value)))
    case .code(let eval): return integers(op, lhs, CodeRead(eval: eval))
    }
  }

  private static func integers<Op: Comparison, L: Read, R: Read>(_: Op.Type, _ lhs: L, _ rhs: R) -> Eval {
    { m throws(Trap) in .bool(Op.test(try lhs.read(m).asInt, try rhs.read(m).asInt)) }
  }
}

/// Reads an operand; the conforming types are specialised into the comparison closures.
private protocol Read {
  func read(_ m: Machine) throws(Trap) -> Value
}

private struct SlotRead: Read {
  let index: Int
  let isGlobal: Bool
  init(local slot: Int) {
    index = slot
    isGlobal = false
  }
  init(global id: Int) {
    index = id
    isGlobal = true
  }
  @inline(__always) func read(_ m: Machine) -> Value { isGlobal ? m.global(index).pointee : m.local(index).pointee }
}

private struct ConstantRead: Read {
  let value: Value
  @inline(__always) func read(_ m: Machine) -> Value { value }
}

private struct CodeRead: Read {
  let eval: Eval
  @inline(__always) func read(_ m: Machine) throws(Trap) -> Value { try eval(m) }
}

private protocol Comparison {
  static func test<T: Comparable>(_ x: T, _ y: T) -> Bool
}

private enum Equal: Comparison {
  @inline(__always) static func test<T: Comparable>(_ x: T, _ y: T) -> Bool { x == y }
}

private enum NotEqual: Comparison {
  @inline(__always) static func test<T: Comparable>(_ x: T, _ y: T) -> Bool { x != y }
}

private enum Less: Comparison {
  @inline(__always) static func test<T: Comparable>(_ x: T, _ y: T) -> Bool { x < y }
}

private enum Greater: Comparison {
  @inline(__always) static func test<T: Comparable>(_ x: T, _ y: T) -> Bool { x > y }
}

private enum LessOrEqual: Comparison {
  @inline(__always) static func test<T: Comparable>(_ x: T, _ y: T) -> Bool { x <= y }
}

private enum GreaterOrEqual: Comparison {
  @inline(__always) static func test<T: Comparable>(_ x: T, _ y: T) -> Bool { x >= y }
}
