import Foundation
import SlopeCalculus
import Testing

/// The catalogue against SymPy's exact derivatives: every engine, every point, every variable.
@Suite struct CatalogueTests {
  private let fixture: CatalogueFixture
  private let entries: [String: CatalogueFixture.Entry]

  init() throws {
    fixture = try CatalogueFixture.load()
    entries = Dictionary(uniqueKeysWithValues: fixture.entries.map { ($0.name, $0) })
  }

  /// All catalogue functions on `Dual`, smooth and piecewise.
  private var dualFunctions: [(name: String, body: Catalogue.Body<Dual>)] {
    Catalogue.smooth(Dual.self) + Catalogue.piecewise(Dual.self)
  }

  /// All catalogue functions on `Double`.
  private var doubleFunctions: [(name: String, body: Catalogue.Body<Double>)] {
    Catalogue.smooth(Double.self) + Catalogue.piecewise(Double.self)
  }

  /// Every (function, point, variable) with the exact value `f` and exact partial `derivative`.
  private func cases<T>(
    _ functions: [(name: String, body: Catalogue.Body<T>)]
  ) -> [(
    name: String, body: Catalogue.Body<T>, entry: CatalogueFixture.Entry, point: CatalogueFixture.Point, variable: Int
  )] {
    functions.flatMap {
      function -> [(String, Catalogue.Body<T>, CatalogueFixture.Entry, CatalogueFixture.Point, Int)] in
      guard let entry = entries[function.name] else { return [] }
      return entry.points.flatMap { point in
        entry.variables.indices.map { (function.name, function.body, entry, point, $0) }
      }
    }
  }

  private func scale(_ point: CatalogueFixture.Point, _ variable: Int) -> Double {
    max(abs(point.value.exactDouble), abs(point.gradient[variable].exactDouble), 1)
  }

  /// The point with `variable` seeded as the variable of differentiation and the others as varying constants.
  private func seeded(_ point: CatalogueFixture.Point, _ variable: Int) -> [Dual] {
    point.coordinates.enumerated().map { index, value in
      index == variable ? .variable(value) : Dual(value: value, derivative: 0, varies: true)
    }
  }

  /// The function along one coordinate, for finite differences.
  private func slice(
    _ body: @escaping Catalogue.Body<Double>,
    _ point: CatalogueFixture.Point,
    _ variable: Int
  ) -> (Double) -> Double {
    let coordinates = point.coordinates
    return { t in
      var moved = coordinates
      moved[variable] = t
      return body(moved)
    }
  }

  @Test func theCatalogueMatchesTheFixture() {
    let smoothNames = Catalogue.smooth(Double.self).map(\.name)
    let allNames = doubleFunctions.map(\.name)
    #expect(allNames.count >= 40)
    #expect(Set(allNames).count == allNames.count)
    #expect(Set(allNames) == Set(entries.keys))
    for entry in fixture.entries {
      #expect(entry.symbolic == smoothNames.contains(entry.name) || entry.name == "angle", "\(entry.name)")
    }
    #expect(fixture.entries.filter(\.symbolic).count >= 40)
  }

  @Test func swiftAndSympyDefineTheSameFunctions() {
    for (name, body, _, point, variable) in cases(doubleFunctions) where variable == 0 {
      let exact = point.value.exactDouble
      let value = body(point.coordinates)
      #expect(abs(value - exact) <= 16 * Double.ulpOfOne * max(abs(exact), 1), "\(name) at \(point.at)")
    }
  }

  @Test func dualIsWithinFourUlpOfTheScaledExactDerivative() {
    var worst = 0.0
    for (name, body, _, point, variable) in cases(dualFunctions) {
      let result = body(seeded(point, variable))
      let exact = point.gradient[variable].exactDouble
      let error = abs(result.derivative - exact) / (Double.ulpOfOne * scale(point, variable))
      worst = max(worst, error)
      #expect(error <= 4, "\(name) ∂\(variable) at \(point.at): \(result.derivative) vs \(exact), \(error) ulp")
      #expect(result.value == body(point.coordinates.map(Dual.init)).value)
    }
    print("Dual: worst error \(worst) ulp of max(|f|, |f′|, 1)")
  }

  @Test func extrapolatedIsWithin1e12Relative() {
    var worst = 0.0
    for (name, body, _, point, variable) in cases(doubleFunctions) {
      let f = slice(body, point, variable)
      let x = point.coordinates[variable]
      let exact = point.gradient[variable].exactDouble
      let estimate = numericalDerivative(of: f, at: x, delta: point.extrapolationDelta, method: .extrapolated)
      // Relative where f′ is not small; near zeros of f′ relative error is meaningless, so absolute on the scale.
      let reference = abs(exact) >= 1e-2 * scale(point, variable) ? abs(exact) : scale(point, variable)
      let error = abs(estimate - exact) / reference
      worst = max(worst, error)
      #expect(error <= 1e-12, "\(name) ∂\(variable) at \(point.at): \(estimate) vs \(exact)")
    }
    print("extrapolated: worst relative error \(worst)")
  }

  @Test func forwardAndCentralAreWithinTheirTruncationBounds() {
    let h = 0.0001
    let epsilon = Double.ulpOfOne
    for (name, body, _, point, variable) in cases(doubleFunctions) {
      let f = slice(body, point, variable)
      let x = point.coordinates[variable]
      let exact = point.gradient[variable].exactDouble
      let higher = point.higher[variable].map { abs($0.exactDouble) }
      let magnitude = max(abs(point.value.exactDouble), 1)
      // Taylor: forward errs by h/2·f″ + h²/6·f‴ + h³/24·f⁗ + …, central by h²/6·f‴ + …; rounding of the two
      // values of f adds a few ulp of |f| divided by the spacing.
      let forwardBound =
        h / 2 * higher[0] + h * h / 6 * higher[1] + h * h * h / 12 * higher[2] + 32 * epsilon * magnitude / h
      let centralBound = h * h / 6 * higher[1] * 1.001 + h * h * h * higher[2] + 16 * epsilon * magnitude / h
      let forward = numericalDerivative(of: f, at: x)
      let backward = numericalDerivative(of: f, at: x, method: .backward)
      let central = numericalDerivative(of: f, at: x, method: .central)
      #expect(abs(forward - exact) <= forwardBound, "\(name) forward at \(point.at)")
      #expect(abs(backward - exact) <= forwardBound, "\(name) backward at \(point.at)")
      #expect(abs(central - exact) <= centralBound, "\(name) central at \(point.at)")
    }
  }

  @Test func symbolicThenEvaluateEqualsDualWithinTwoUlp() {
    let symbolic = Catalogue.smooth(SymbolicExpression.self)
    let dual = Dictionary(uniqueKeysWithValues: Catalogue.smooth(Dual.self).map { ($0.name, $0.body) })
    var worst = 0.0
    for (name, body, entry, point, variable) in cases(symbolic) {
      guard let dualBody = dual[name] else { continue }
      let formula = body(entry.variables.map { .variable(named: $0) })
      let derivative = formula.derivative(withRespectTo: entry.variables[variable])
      let bindings = Dictionary(uniqueKeysWithValues: zip(entry.variables, point.coordinates))
      let symbolicValue = derivative.evaluate(bindings)
      let dualValue = dualBody(seeded(point, variable)).derivative
      let error = abs(symbolicValue - dualValue) / (Double.ulpOfOne * scale(point, variable))
      worst = max(worst, error)
      #expect(
        error <= 2,
        "\(name) ∂\(variable) at \(point.at): \(derivative) gives \(symbolicValue), Dual \(dualValue)"
      )
    }
    print("symbolic vs Dual: worst difference \(worst) ulp of max(|f|, |f′|, 1)")
  }

  @Test func symbolicOutputIsNeverLongerThanSympys() {
    let symbolic = Catalogue.smooth(SymbolicExpression.self)
    var ours = 0
    var theirs = 0
    for (name, body) in symbolic {
      guard let entry = entries[name], let printed = entry.sympyDerivatives, let counts = entry.sympyTokens else {
        Issue.record("\(name) has no SymPy derivative in the fixture")
        continue
      }
      let formula = body(entry.variables.map { .variable(named: $0) })
      for (index, variable) in entry.variables.enumerated() {
        #expect(tokenCount(printed[index]) == counts[index], "tokenizers disagree on \(printed[index])")
        let source = formula.derivative(withRespectTo: variable).swiftSource
        ours += tokenCount(source)
        theirs += counts[index]
        #expect(
          tokenCount(source) <= counts[index],
          "\(name) ∂\(variable): `\(source)` against SymPy `\(printed[index])`"
        )
      }
    }
    print("tokens over the catalogue: ours \(ours), SymPy \(theirs)")
  }

  @Test func printedSourceIsSwiftThatComputesTheSameBits() throws {
    let symbolic = Catalogue.smooth(SymbolicExpression.self)
    for (name, body, entry, point, variable) in cases(symbolic) {
      let formula = body(entry.variables.map { .variable(named: $0) })
      let bindings = Dictionary(uniqueKeysWithValues: zip(entry.variables, point.coordinates))
      for expression in [formula, formula.derivative(withRespectTo: entry.variables[variable])] {
        let source = expression.swiftSource
        let parsed = try SwiftExpressionEvaluator.evaluate(source, bindings)
        let evaluated = expression.evaluate(bindings)
        #expect(parsed.bitPattern == evaluated.bitPattern || (parsed.isNaN && evaluated.isNaN), "\(name): \(source)")
      }
    }
  }
}
