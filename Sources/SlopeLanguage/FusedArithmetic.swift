import SlopeCalculus

/// Where an operand of `Double` arithmetic comes from, when lowering can tell: a slot, a constant, or any code.
enum OperandSource {
  case local(Int)
  case global(Int)
  case constant(Double)
  case integer(Int)
  case code(Eval)

  init(_ expr: Expr) {
    if case .double(let value)? = expr.constant {
      self = .constant(value)
    } else if case .int(let value)? = expr.constant {
      self = .integer(value)
    } else if let slot = expr.slot {
      self = slot
    } else {
      self = .code(expr.eval)
    }
  }
}

/// Builds `Double` arithmetic whose operands are read in place.
///
/// - Note: Most operands of arithmetic in a hot loop are variables and constants. Reading them inside the
///   operator's own closure, instead of calling one closure per operand, removes two indirect calls per
///   operation. The closures are generic over the operand kinds and the operation, and the optimizer
///   specialises each combination.
enum FusedArithmetic {
  static func make(_ operation: BinaryOperation, _ lhs: Expr, _ rhs: Expr) -> Eval {
    switch operation {
    case .add: return make(Add.self, OperandSource(lhs), OperandSource(rhs))
    case .subtract: return make(Subtract.self, OperandSource(lhs), OperandSource(rhs))
    case .multiply: return make(Multiply.self, OperandSource(lhs), OperandSource(rhs))
    default: return make(Divide.self, OperandSource(lhs), OperandSource(rhs))
    }
  }

  private static func make<Op: DoubleOperation>(_ op: Op.Type, _ lhs: OperandSource, _ rhs: OperandSource) -> Eval {
    switch lhs {
    case .local(let slot): return make(op, LocalOperand(slot: slot), rhs)
    case .global(let id): return make(op, GlobalOperand(id: id), rhs)
    case .constant(let value): return make(op, ConstantOperand(value: value), rhs)
    case .integer(let value): return make(op, ConstantOperand(value: Double(value)), rhs)
    case .code(let eval): return make(op, CodeOperand(eval: eval), rhs)
    }
  }

  private static func make<Op: DoubleOperation, L: DoubleOperand>(_ op: Op.Type, _ lhs: L, _ rhs: OperandSource) -> Eval
  {
    switch rhs {
    case .local(let slot): return fused(op, lhs, LocalOperand(slot: slot))
    case .global(let id): return fused(op, lhs, GlobalOperand(id: id))
    case .constant(let value): return fused(op, lhs, ConstantOperand(value: value))
    case .integer(let value): return fused(op, lhs, ConstantOperand(value: Double(value)))
    case .code(let eval): return fused(op, lhs, CodeOperand(eval: eval))
    }
  }

  private static func fused<Op: DoubleOperation, L: DoubleOperand, R: DoubleOperand>(
    _: Op.Type,
    _ lhs: L,
    _ rhs: R
  )
    -> Eval
  {
    { m throws(Trap) in
      let a = try lhs.load(m)
      let b = try rhs.load(m)
      if case .double(let x) = a, case .double(let y) = b { return .double(Op.apply(x, y)) }
      return Arithmetic.apply(Op.operation, a, b)
    }
  }
}

private protocol DoubleOperand {
  func load(_ m: Machine) throws(Trap) -> Value
}

private struct LocalOperand: DoubleOperand {
  let slot: Int
  @inline(__always) func load(_ m: Machine) -> Value { m.local(slot).pointee }
}

private struct GlobalOperand: DoubleOperand {
  let id: Int
  @inline(__always) func load(_ m: Machine) -> Value { m.global(id).pointee }
}

private struct ConstantOperand: DoubleOperand {
  let value: Double
  @inline(__always) func load(_ m: Machine) -> Value { .double(value) }
}

private struct CodeOperand: DoubleOperand {
  let eval: Eval
  @inline(__always) func load(_ m: Machine) throws(Trap) -> Value { try eval(m) }
}

protocol DoubleOperation {
  static var operation: BinaryOperation { get }
  static func apply(_ x: Double, _ y: Double) -> Double
}

enum Add: DoubleOperation {
  static var operation: BinaryOperation { .add }
  @inline(__always) static func apply(_ x: Double, _ y: Double) -> Double { x + y }
}

enum Subtract: DoubleOperation {
  static var operation: BinaryOperation { .subtract }
  @inline(__always) static func apply(_ x: Double, _ y: Double) -> Double { x - y }
}

enum Multiply: DoubleOperation {
  static var operation: BinaryOperation { .multiply }
  @inline(__always) static func apply(_ x: Double, _ y: Double) -> Double { x * y }
}

enum Divide: DoubleOperation {
  static var operation: BinaryOperation { .divide }
  @inline(__always) static func apply(_ x: Double, _ y: Double) -> Double { x / y }
}
