import SlopeCalculus

/// A case of an enum the prelude declares (`DifferenceMethod.central`, `LineStyle.dashed`); one object per
/// case, so equality is identity. Prints as Swift prints an enum case: its name.
final class PreludeCase: CustomStringConvertible {
  let type: String
  let name: String

  init(type: String, name: String) {
    self.type = type
    self.name = name
  }

  var description: String { name }
}

extension Prelude {
  /// The derivative functions of the notebook prelude (spec "Derivatives").
  ///
  /// The exact ones run the user's function once per seeded variable with a dual number as its argument:
  /// the same evaluator computes value and derivative, through every construct the language has. Where the
  /// evaluation meets a point without a derivative, the block's output gets the convention's note.
  func registerDerivatives() {
    registerExactDerivatives()
    registerGradients()
    registerNumericalDerivative()
  }

  /// The value and derivative of `f` at `x`: `f` runs on the variable of a new differentiation, seeded at
  /// `x` with its own tag, so that a derivative taken inside `f` (or `f` inside another derivative) keeps its
  /// perturbation apart. Both parts may be dual numbers of enclosing differentiations.
  static func differentiate(
    _ f: Value,
    at x: Value,
    machine: Machine,
    position: Int
  ) throws(Trap) -> (value: Value, derivative: Value) {
    let tag = machine.newDifferentiationTag()
    let result = try invoke(f, argument: DualBox.variable(x, tag: tag), machine, position)
    machine.noteKinks(Arithmetic.kinks(of: result))
    return (Arithmetic.primalPart(result, tag: tag), Arithmetic.derivativePart(result, tag: tag))
  }

  private func registerExactDerivatives() {
    let unary = SType.function([.double], .double)
    function("derivative", labels: ["at", "of"]) { site throws(CompileError) in
      if Prelude.match(site, ["at", "of"]) != nil {
        let x = try site.argument(0, as: .double).eval
        let f = try site.function(1, parameters: [.double], result: .double).eval
        let position = site.position
        return Expr(type: .double) { m throws(Trap) in
          let function = try f(m)
          return try Prelude.differentiate(function, at: try x(m), machine: m, position: position).derivative
        }
      }
      guard Prelude.match(site, ["of"]) != nil else { return nil }
      let f = try site.function(0, parameters: [.double], result: .double).eval
      let position = site.position
      return Expr(type: unary) { m throws(Trap) in
        let function = try f(m)
        return .function(
          FunctionValue { m, arguments throws(Trap) in
            try Prelude.differentiate(function, at: arguments[0], machine: m, position: position).derivative
          }
        )
      }
    }
    let pair = SType.tuple([.double, .double], labels: ["value", "derivative"])
    function("valueWithDerivative", labels: ["at", "of"]) { site throws(CompileError) in
      guard Prelude.match(site, ["at", "of"]) != nil else { return nil }
      let x = try site.argument(0, as: .double).eval
      let f = try site.function(1, parameters: [.double], result: .double).eval
      let position = site.position
      return Expr(type: pair) { m throws(Trap) in
        let function = try f(m)
        let (value, derivative) = try Prelude.differentiate(function, at: try x(m), machine: m, position: position)
        return .tuple([value, derivative])
      }
    }
    function("pullback", labels: ["at", "of"]) { site throws(CompileError) in
      guard Prelude.match(site, ["at", "of"]) != nil else { return nil }
      let x = try site.argument(0, as: .double).eval
      let f = try site.function(1, parameters: [.double], result: .double).eval
      let position = site.position
      return Expr(type: unary) { m throws(Trap) in
        let function = try f(m)
        let slope = try Prelude.differentiate(function, at: try x(m), machine: m, position: position).derivative
        return .function(FunctionValue { _, arguments in Arithmetic.apply(.multiply, arguments[0], slope) })
      }
    }
    function("tangentLine", labels: ["of", "at"]) { site throws(CompileError) in
      guard Prelude.match(site, ["of", "at"]) != nil else { return nil }
      let f = try site.function(0, parameters: [.double], result: .double).eval
      let x = try site.argument(1, as: .double).eval
      let position = site.position
      return Expr(type: unary) { m throws(Trap) in
        let function = try f(m)
        let point = try x(m)
        let (value, slope) = try Prelude.differentiate(function, at: point, machine: m, position: position)
        return .function(
          FunctionValue { _, arguments in
            Arithmetic.apply(
              .add,
              value,
              Arithmetic.apply(.multiply, slope, Arithmetic.apply(.subtract, arguments[0], point))
            )
          }
        )
      }
    }
  }

  private func registerGradients() {
    let pair = SType.tuple([.double, .double], labels: [nil, nil])
    function("gradient", labels: ["at", "of"]) { site throws(CompileError) in
      if Prelude.match(site, ["at", nil, "of"]) != nil {
        let x = try site.argument(0, as: .double).eval
        let y = try site.argument(1, as: .double).eval
        let f = try site.function(2, parameters: [.double, .double], result: .double).eval
        let position = site.position
        return Expr(type: pair) { m throws(Trap) in
          let (_, gradient) = try Prelude.gradient(try f(m), at: [try x(m), try y(m)], spread: true, m, position)
          return .tuple(gradient)
        }
      }
      guard Prelude.match(site, ["at", "of"]) != nil else { return nil }
      let x = try site.argument(0, as: .array(.double)).eval
      let f = try site.function(1, parameters: [.array(.double)], result: .double).eval
      let position = site.position
      return Expr(type: .array(.double)) { m throws(Trap) in
        let point = try x(m).asArray
        let (_, gradient) = try Prelude.gradient(try f(m), at: point, spread: false, m, position)
        return .array(gradient)
      }
    }
    function("valueWithGradient", labels: ["at", "of"]) { site throws(CompileError) in
      if Prelude.match(site, ["at", nil, "of"]) != nil {
        let x = try site.argument(0, as: .double).eval
        let y = try site.argument(1, as: .double).eval
        let f = try site.function(2, parameters: [.double, .double], result: .double).eval
        let position = site.position
        let type = SType.tuple([.double, pair], labels: ["value", "gradient"])
        return Expr(type: type) { m throws(Trap) in
          let (value, gradient) = try Prelude.gradient(try f(m), at: [try x(m), try y(m)], spread: true, m, position)
          return .tuple([value, .tuple(gradient)])
        }
      }
      guard Prelude.match(site, ["at", "of"]) != nil else { return nil }
      let x = try site.argument(0, as: .array(.double)).eval
      let f = try site.function(1, parameters: [.array(.double)], result: .double).eval
      let position = site.position
      let type = SType.tuple([.double, .array(.double)], labels: ["value", "gradient"])
      return Expr(type: type) { m throws(Trap) in
        let point = try x(m).asArray
        let (value, gradient) = try Prelude.gradient(try f(m), at: point, spread: false, m, position)
        return .tuple([value, .array(gradient)])
      }
    }
  }

  /// The value and the partial derivatives of `f`, one forward pass (and one tag) per variable. With
  /// `spread`, `f` takes the variables as separate arguments; otherwise as one array.
  static func gradient(
    _ f: Value,
    at point: [Value],
    spread: Bool,
    _ m: Machine,
    _ position: Int
  ) throws(Trap)
    -> (Value, [Value])
  {
    var value = Value.double(0)
    var partials: [Value] = []
    partials.reserveCapacity(point.count)
    // One array for every pass: each pass rewrites it in place, unless the function kept the last one.
    var inputs = point
    for seeded in point.indices {
      let tag = m.newDifferentiationTag()
      for index in point.indices {
        inputs[index] = DualBox.variable(point[index], tag: tag, derivative: index == seeded ? 1 : 0)
      }
      let result =
        spread ? try invoke(f, inputs, m, position) : try invoke(f, argument: .array(inputs), m, position)
      m.noteKinks(Arithmetic.kinks(of: result))
      value = Arithmetic.primalPart(result, tag: tag)
      partials.append(Arithmetic.derivativePart(result, tag: tag))
    }
    if point.isEmpty { value = try invoke(f, spread ? [] : [.array([])], m, position) }
    return (value, partials)
  }

  private func registerNumericalDerivative() {
    let methodType = SType.prelude("DifferenceMethod")
    types["DifferenceMethod"] = methodType
    var cases: [DifferenceMethod: Value] = [:]
    for method in DifferenceMethod.allCases {
      let value = Value.object(PreludeCase(type: "DifferenceMethod", name: method.rawValue))
      cases[method] = value
      staticMember("DifferenceMethod", method.rawValue) { _ in .constant(value, type: methodType) }
    }
    let methods = cases
    function("numericalDerivative", labels: ["of", "at", "delta", "method"]) { site throws(CompileError) in
      guard let mapping = Prelude.match(site, ["of", "at", "delta", "method"], defaults: 2) else { return nil }
      let f = try site.function(0, parameters: [.double], result: .double).eval
      let x = try site.argument(1, as: .double).eval
      var delta: Eval?
      var method: Eval?
      if let index = mapping[2] { delta = try site.argument(index, as: .double).eval }
      if let index = mapping[3] { method = try site.argument(index, as: methodType).eval }
      let position = site.position
      return Expr(type: .double) { m throws(Trap) in
        let function = try f(m)
        let point = try x(m)
        let step = try delta?(m) ?? .double(0.0001)
        let chosen = try method?(m)
        var kind = DifferenceMethod.forward
        if case .object(let object)? = chosen {
          kind =
            methods.first { entry in
              if case .object(let other) = entry.value { return other === object }
              return false
            }?.key ?? .forward
        }
        return try Prelude.numericalDerivative(function, at: point, delta: step, method: kind, m, position)
      }
    }
  }

  /// Finite differences in the spec's order. The three simple formulas run on the language's `Double`
  /// values, so that an enclosing `derivative` differentiates the estimate itself (a dual number flows
  /// through the point, the step and `f`); on plain doubles they are SlopeCalculus's operations, bit for bit.
  static func numericalDerivative(
    _ f: Value,
    at x: Value,
    delta: Value,
    method: DifferenceMethod,
    _ m: Machine,
    _ position: Int
  ) throws(Trap) -> Value {
    func at(_ t: Value) throws(Trap) -> Value { try invoke(f, argument: t, m, position) }
    switch method {
    case .forward:
      let x2 = Arithmetic.apply(.add, x, delta)
      let (high, low) = (try at(x2), try at(x))
      return Arithmetic.apply(.divide, Arithmetic.apply(.subtract, high, low), Arithmetic.apply(.subtract, x2, x))
    case .backward:
      let x1 = Arithmetic.apply(.subtract, x, delta)
      let (high, low) = (try at(x), try at(x1))
      return Arithmetic.apply(.divide, Arithmetic.apply(.subtract, high, low), Arithmetic.apply(.subtract, x, x1))
    case .central:
      let (x2, x1) = (Arithmetic.apply(.add, x, delta), Arithmetic.apply(.subtract, x, delta))
      let (high, low) = (try at(x2), try at(x1))
      return Arithmetic.apply(.divide, Arithmetic.apply(.subtract, high, low), Arithmetic.apply(.subtract, x2, x1))
    case .extrapolated:
      // Ridders' tableau adapts its steps to the values it sees, which has no derivative to follow.
      guard case .double(let point) = x, case .double(let step) = delta else {
        throw Trap(message: nestedExtrapolation, position: position)
      }
      do {
        let estimate = try SlopeCalculus.numericalDerivative(
          of: { (t: Double) throws -> Double in
            guard case .double(let value) = try invoke(f, argument: .double(t), m, position) else {
              throw Trap(message: nestedExtrapolation, position: position)
            }
            return value
          },
          at: point,
          delta: step,
          method: .extrapolated
        )
        return .double(estimate)
      } catch let trap as Trap {
        throw trap
      } catch {
        throw Trap(message: "\(error)", position: position)
      }
    }
  }

  /// Why `.extrapolated` cannot run on dual numbers or formulas.
  static let nestedExtrapolation =
    "numericalDerivative(of:at:delta:method:) with method .extrapolated works on plain Double values only; "
    + "inside derivative, gradient or formula use .forward, .backward or .central"
}

extension Machine {
  /// Adds the note of each point without a derivative that a differentiation met, once per block.
  func noteKinks(_ kinks: KinkSet) {
    guard !kinks.isEmpty else { return }
    for kink in kinks.members where !prelude.notes.contains(kink.note) {
      prelude.notes.append(kink.note)
    }
  }
}
