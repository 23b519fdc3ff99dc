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

  /// Why a derivative cannot be taken inside a function that is itself being differentiated.
  static let nestedDifferentiation =
    "a derivative of a function that itself takes a derivative is not supported yet (the result would be "
    + "wrong); differentiate the inner function by hand or use numericalDerivative on the outer one"

  /// Runs one differentiation, refusing to start it inside another: an answer that mixed the two
  /// perturbations would be silently wrong.
  static func differentiating<Result>(
    _ machine: Machine,
    position: Int,
    _ body: () throws(Trap) -> Result
  ) throws(Trap) -> Result {
    guard machine.prelude.differentiationDepth == 0 else {
      throw Trap(message: nestedDifferentiation, position: machine.prelude.differentiationPosition)
    }
    machine.prelude.differentiationPosition = position
    machine.prelude.differentiationDepth += 1
    defer { machine.prelude.differentiationDepth -= 1 }
    return try body()
  }

  /// `f` at a dual number seeded at `x`.
  static func differentiate(_ f: Value, at x: Double, machine: Machine, position: Int) throws(Trap) -> Dual {
    let result = try differentiating(machine, position: position) { () throws(Trap) in
      try invoke(f, [.dual(DualBox(.variable(x)))], machine, position)
    }
    let dual = Arithmetic.dual(result)
    machine.noteKinks(dual.kinks)
    return dual
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
          return .double(
            try Prelude.differentiate(function, at: try x(m).asDouble, machine: m, position: position).derivative
          )
        }
      }
      guard Prelude.match(site, ["of"]) != nil else { return nil }
      let f = try site.function(0, parameters: [.double], result: .double).eval
      return Expr(type: unary) { m throws(Trap) in
        let function = try f(m)
        return .function(
          FunctionValue { m, arguments throws(Trap) in
            .double(try Prelude.differentiate(function, at: arguments[0].asDouble, machine: m, position: 0).derivative)
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
        let dual = try Prelude.differentiate(function, at: try x(m).asDouble, machine: m, position: position)
        return .tuple([.double(dual.value), .double(dual.derivative)])
      }
    }
    function("pullback", labels: ["at", "of"]) { site throws(CompileError) in
      guard Prelude.match(site, ["at", "of"]) != nil else { return nil }
      let x = try site.argument(0, as: .double).eval
      let f = try site.function(1, parameters: [.double], result: .double).eval
      let position = site.position
      return Expr(type: unary) { m throws(Trap) in
        let function = try f(m)
        let slope = try Prelude.differentiate(function, at: try x(m).asDouble, machine: m, position: position)
          .derivative
        return .function(FunctionValue { _, arguments in .double(arguments[0].asDouble * slope) })
      }
    }
    function("tangentLine", labels: ["of", "at"]) { site throws(CompileError) in
      guard Prelude.match(site, ["of", "at"]) != nil else { return nil }
      let f = try site.function(0, parameters: [.double], result: .double).eval
      let x = try site.argument(1, as: .double).eval
      let position = site.position
      return Expr(type: unary) { m throws(Trap) in
        let function = try f(m)
        let point = try x(m).asDouble
        let dual = try Prelude.differentiate(function, at: point, machine: m, position: position)
        return .function(
          FunctionValue { _, arguments in
            .double(dual.value + dual.derivative * (arguments[0].asDouble - point))
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
          let (_, gradient) = try Prelude.gradient(
            try f(m),
            at: [try x(m).asDouble, try y(m).asDouble],
            spread: true,
            m,
            position
          )
          return .tuple(gradient.map(Value.double))
        }
      }
      guard Prelude.match(site, ["at", "of"]) != nil else { return nil }
      let x = try site.argument(0, as: .array(.double)).eval
      let f = try site.function(1, parameters: [.array(.double)], result: .double).eval
      let position = site.position
      return Expr(type: .array(.double)) { m throws(Trap) in
        let point = try x(m).asArray.map(\.asDouble)
        let (_, gradient) = try Prelude.gradient(try f(m), at: point, spread: false, m, position)
        return .array(gradient.map(Value.double))
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
          let (value, gradient) = try Prelude.gradient(
            try f(m),
            at: [try x(m).asDouble, try y(m).asDouble],
            spread: true,
            m,
            position
          )
          return .tuple([.double(value), .tuple(gradient.map(Value.double))])
        }
      }
      guard Prelude.match(site, ["at", "of"]) != nil else { return nil }
      let x = try site.argument(0, as: .array(.double)).eval
      let f = try site.function(1, parameters: [.array(.double)], result: .double).eval
      let position = site.position
      let type = SType.tuple([.double, .array(.double)], labels: ["value", "gradient"])
      return Expr(type: type) { m throws(Trap) in
        let point = try x(m).asArray.map(\.asDouble)
        let (value, gradient) = try Prelude.gradient(try f(m), at: point, spread: false, m, position)
        return .tuple([.double(value), .array(gradient.map(Value.double))])
      }
    }
  }

  /// The value and the partial derivatives of `f`, one forward pass per variable. With `spread`, `f` takes
  /// the variables as separate arguments; otherwise as one array.
  static func gradient(
    _ f: Value,
    at point: [Double],
    spread: Bool,
    _ m: Machine,
    _ position: Int
  ) throws(Trap)
    -> (Double, [Double])
  {
    var value = 0.0
    var partials: [Double] = []
    for seeded in point.indices {
      let inputs = point.indices.map { index in
        Value.dual(DualBox(Dual(value: point[index], derivative: index == seeded ? 1 : 0, varies: true)))
      }
      let result = try differentiating(m, position: position) { () throws(Trap) in
        try invoke(f, spread ? inputs : [.array(inputs)], m, position)
      }
      let dual = Arithmetic.dual(result)
      m.noteKinks(dual.kinks)
      value = dual.value
      partials.append(dual.derivative)
    }
    if point.isEmpty { value = try invoke(f, spread ? [] : [.array([])], m, position).asDouble }
    return (value, partials)
  }

  /// Why a finite difference cannot be part of a function that is being differentiated exactly.
  static let nestedNumericalDerivative =
    "numericalDerivative cannot run inside a function that derivative or gradient is differentiating"

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
        guard m.prelude.differentiationDepth == 0 else {
          throw Trap(message: Prelude.nestedNumericalDerivative, position: m.prelude.differentiationPosition)
        }
        let function = try f(m)
        let point = try x(m).asDouble
        let step = try delta?(m).asDouble ?? 0.0001
        let chosen = try method?(m)
        var kind = DifferenceMethod.forward
        if case .object(let object)? = chosen {
          kind =
            methods.first { entry in
              if case .object(let other) = entry.value { return other === object }
              return false
            }?.key ?? .forward
        }
        do {
          let result = try numericalDerivative(
            of: { (t: Double) throws -> Double in try invoke(function, [.double(t)], m, position).asDouble },
            at: point,
            delta: step,
            method: kind
          )
          return .double(result)
        } catch let trap as Trap {
          throw trap
        } catch {
          throw Trap(message: "\(error)", position: position)
        }
      }
    }
  }
}

extension Machine {
  /// Adds the note of each point without a derivative that a differentiation met, once per block.
  func noteKinks(_ kinks: KinkSet) {
    for kink in kinks.members where !prelude.notes.contains(kink.note) {
      prelude.notes.append(kink.note)
    }
  }
}
