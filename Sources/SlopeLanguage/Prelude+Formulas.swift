import SlopeCalculus

/// A `Formula` value of the prelude.
final class FormulaBox: CustomStringConvertible {
  let formula: Formula
  init(_ formula: Formula) { self.formula = formula }
  var description: String { formula.description }
}

extension Prelude {
  /// The name of the formula function running in `m` (`symbolicDerivative(of:)`), for its errors.
  static func formulaCall(in m: Machine) -> String { m.prelude.formulaCall ?? "formula(of:)" }

  /// The error of a comparison on a formula, which cannot decide a branch.
  static func formulaComparison(in m: Machine) -> String {
    "\(formulaCall(in: m)) covers functions whose body is one expression; this one compares values"
  }

  /// `formula(of:)` and `symbolicDerivative(of:)`: the function runs once on a symbolic variable, through the
  /// same evaluator, and SlopeCalculus simplifies the formula as it is built (calls of other functions are
  /// inlined that way). A construct a formula cannot express (a comparison, `abs`) ends the block with an
  /// error naming it.
  func registerFormulas() {
    let formulaType = SType.prelude("Formula")
    types["Formula"] = formulaType
    for (name, differentiate) in [("formula", false), ("symbolicDerivative", true)] {
      function(name, labels: ["of"]) { site throws(CompileError) in
        guard Prelude.match(site, ["of"]) != nil else { return nil }
        let f = try site.function(0, parameters: [.double], result: .double).eval
        let position = site.position
        return Expr(type: formulaType) { m throws(Trap) in
          let formula = try Prelude.formula(of: try f(m), call: "\(name)(of:)", machine: m, position: position)
          return .object(FormulaBox(differentiate ? formula.derivative() : formula))
        }
      }
    }
    property("latex") { receiver, _ in
      guard receiver.type == formulaType else { return nil }
      let eval = receiver.eval
      return Expr(type: .string) { m throws(Trap) in
        guard case .object(let object) = try eval(m), let box = object as? FormulaBox else { return .none }
        return .string(box.formula.latex)
      }
    }
  }

  /// `result`, unless this call made it a formula that records a construct formulas cannot express (`abs`,
  /// `floor`): then `formula(of:)`'s error, at this call rather than at `formula(of:)`. A result that was
  /// already unsupported in an operand passes on, so the error stays with the call that made it.
  @inline(__always) static func coveredByFormulas(
    _ result: Value,
    from lhs: Value,
    and rhs: Value = .none,
    _ m: Machine,
    at position: Int
  ) throws(Trap) -> Value {
    guard case .symbolic(let box) = result, let unsupported = box.unsupported else { return result }
    if isUnsupported(lhs) || isUnsupported(rhs) { return result }
    throw Trap(message: "\(formulaCall(in: m)) does not cover \(unsupported)", position: position)
  }

  private static func isUnsupported(_ value: Value) -> Bool {
    if case .symbolic(let box) = value { return box.unsupported != nil }
    return false
  }

  static func formula(of function: Value, call: String, machine: Machine, position: Int) throws(Trap) -> Formula {
    var parameter = "x"
    if case .function(let value) = function, let name = value.code?.parameterNames.first, !name.hasPrefix("$") {
      parameter = name
    }
    // A formula inside a formula's function leaves the outer one's refusal in force when it ends.
    let outer = machine.prelude.formulaCall
    machine.refuseLoops(during: call)
    defer { machine.refuseLoops(during: outer) }
    let result = try invoke(function, [.symbolic(SymbolicBox(.variable(parameter)))], machine, position)
    switch result {
    case .symbolic(let box):
      guard let expression = box.expression else {
        throw Trap(message: "\(call) does not cover \(box.unsupported ?? "this function")", position: position)
      }
      return Formula(expression, parameter: parameter)
    case .double(let constant):
      return Formula(SymbolicExpression(constant), parameter: parameter)
    default:
      throw Trap(message: "\(call) does not cover this function", position: position)
    }
  }

  /// Calls a `Formula` like a function: `d(3)`.
  static func callFormula(_ formula: Expr, argument: Expr) -> Expr {
    let (f, x) = (formula.eval, argument.eval)
    return Expr(type: .double) { m throws(Trap) in
      guard case .object(let object) = try f(m), let box = object as? FormulaBox else { return .none }
      return evaluate(box.formula, at: try x(m))
    }
  }

  /// A formula's value at `x`; at a dual number, its derivative is the formula's own derivative there, so a
  /// `Formula` can be differentiated again.
  static func evaluate(_ formula: Formula, at x: Value) -> Value {
    if let box = x.dualBox {
      let value = evaluate(formula, at: box.value)
      var derivative = Value.double(0)
      if !Arithmetic.isZero(box.derivative) {
        derivative = Arithmetic.apply(.multiply, evaluate(formula.derivative(), at: box.value), box.derivative)
      }
      return Arithmetic.dual(tag: box.tag, value: value, derivative: derivative, kinks: box.kinks)
    }
    switch x {
    case .double(let point):
      return .double(formula(point))
    case .symbolic:
      return .symbolic(SymbolicBox(unsupported: "a call of a Formula"))
    default:
      return .double(formula(x.asDouble))
    }
  }
}
