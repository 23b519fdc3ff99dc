import Foundation
import SlopeCalculus

/// The arithmetic of `Int` and `Double` values with Swift's semantics: `Int` traps on overflow, `Double`
/// is IEEE 754, and a `Double` operand may be a dual number during differentiation.
enum Arithmetic {
  // MARK: - Double, with the dual-number and formula slow paths

  /// Applies a two-argument operation to `Double` values of which at least one may be a dual number or a
  /// formula. A dual number wins over a formula: its parts may be formulas (`formula(of:)` of a derivative).
  static func apply(_ operation: BinaryOperation, _ lhs: Value, _ rhs: Value) -> Value {
    switch (lhs, rhs) {
    case (.double(let x), .double(let y)): return .double(operation.evaluate(x, y))
    case (.dual, _), (_, .dual), (.flatDual, _), (_, .flatDual): return dualApply(operation, lhs, rhs)
    case (.symbolic, _), (_, .symbolic):
      guard let a = symbolic(lhs), let b = symbolic(rhs) else { return poisoned(lhs, rhs) }
      return .symbolic(SymbolicBox(SymbolicExpression.apply(operation, a, b)))
    default: return .double(operation.evaluate(lhs.asDouble, rhs.asDouble))
    }
  }

  /// Applies a function of one argument to a `Double` value that may be a dual number or a formula.
  static func apply(_ function: ElementaryFunction, _ operand: Value) -> Value {
    switch operand {
    case .double(let x): return .double(function.evaluate(x))
    case .dual, .flatDual: return dualApply(function, operand)
    case .symbolic:
      guard let a = symbolic(operand) else { return operand }
      return .symbolic(SymbolicBox(SymbolicExpression.apply(function, to: a)))
    default: return .double(function.evaluate(operand.asDouble))
    }
  }

  /// Applies a non-smooth function (`abs`, `floor`, ...); `name` is what a formula reports it as.
  static func apply(_ operand: Value, name: String, _ function: NonSmoothFunction) -> Value {
    switch operand {
    case .double(let x): return .double(function.evaluate(x))
    case .dual, .flatDual: return dualApply(function, name: name, operand)
    case .symbolic: return poisoned(operand, .symbolic(SymbolicBox(unsupported: "'\(name)'")))
    default: return .double(function.evaluate(operand.asDouble))
    }
  }

  static func negate(_ operand: Value) -> Value {
    switch operand {
    case .double(let x): return .double(-x)
    case .dual, .flatDual: return dualNegate(operand)
    case .symbolic:
      guard let a = symbolic(operand) else { return operand }
      return .symbolic(SymbolicBox(-a))
    default: return .double(-operand.asDouble)
    }
  }

  /// The operand as a formula; `nil` when it already records something a formula cannot express.
  static func symbolic(_ value: Value) -> SymbolicExpression? {
    switch value {
    case .symbolic(let box): return box.expression
    case .double(let x): return SymbolicExpression(x)
    case .int(let x): return SymbolicExpression(Double(x))
    default: return nil
    }
  }

  /// The first unsupported construct among symbolic operands.
  static func poisoned(_ lhs: Value, _ rhs: Value) -> Value {
    for value in [lhs, rhs] {
      if case .symbolic(let box) = value, box.unsupported != nil { return value }
    }
    return .symbolic(SymbolicBox(unsupported: "this operation"))
  }

  // MARK: - Int, trapping as a debug build of Swift traps

  @inline(__always) static func add(_ x: Int, _ y: Int, at position: Int) throws(Trap) -> Int {
    let (result, overflow) = x.addingReportingOverflow(y)
    if overflow { throw Trap(message: "arithmetic overflow", position: position) }
    return result
  }

  @inline(__always) static func subtract(_ x: Int, _ y: Int, at position: Int) throws(Trap) -> Int {
    let (result, overflow) = x.subtractingReportingOverflow(y)
    if overflow { throw Trap(message: "arithmetic overflow", position: position) }
    return result
  }

  @inline(__always) static func multiply(_ x: Int, _ y: Int, at position: Int) throws(Trap) -> Int {
    let (result, overflow) = x.multipliedReportingOverflow(by: y)
    if overflow { throw Trap(message: "arithmetic overflow", position: position) }
    return result
  }

  static func divide(_ x: Int, _ y: Int, at position: Int) throws(Trap) -> Int {
    if y == 0 { throw Trap(message: "Division by zero", position: position) }
    if x == .min && y == -1 { throw Trap(message: "Division results in an overflow", position: position) }
    return x / y
  }

  static func remainder(_ x: Int, _ y: Int, at position: Int) throws(Trap) -> Int {
    if y == 0 { throw Trap(message: "Division by zero in remainder operation", position: position) }
    if x == .min && y == -1 {
      throw Trap(message: "Division results in an overflow in remainder operation", position: position)
    }
    return x % y
  }

  static func negate(_ x: Int, at position: Int) throws(Trap) -> Int {
    if x == .min { throw Trap(message: "arithmetic overflow", position: position) }
    return -x
  }

  /// `Int(d)` for a `Double`, trapping where Swift traps.
  static func integer(_ x: Double, at position: Int) throws(Trap) -> Int {
    if !x.isFinite {
      throw Trap(
        message: "Double value cannot be converted to Int because it is either infinite or NaN",
        position: position
      )
    }
    if x <= -9_223_372_036_854_777_856.0 {
      throw Trap(
        message: "Double value cannot be converted to Int because the result would be less than Int.min",
        position: position
      )
    }
    if x >= 9_223_372_036_854_775_808.0 {
      throw Trap(
        message: "Double value cannot be converted to Int because the result would be greater than Int.max",
        position: position
      )
    }
    return Int(x)
  }
}
