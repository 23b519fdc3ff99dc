import Foundation
import SlopeCalculus
import Testing

/// The symbolic engine: the spec's five forms, simplification rules, printing and LaTeX.
@Suite struct SymbolicTests {
  private func derivative(_ body: (SymbolicExpression) -> SymbolicExpression) -> String {
    Formula(parameter: "x", body).derivative().description
  }

  @Test func theSpecsFiveForms() {
    #expect(derivative { x in 2 * pow(x, 2) } == "4 * x")
    #expect(derivative { x in 3 * x * x + 2 * x + 1 } == "6 * x + 2")
    #expect(derivative { x in pow(x, 3) } == "3 * pow(x, 2)")
    #expect(derivative { x in sin(x) * exp(x) } == "exp(x) * sin(x) + exp(x) * cos(x)")
    #expect(derivative { x in 1 / x } == "-1 / pow(x, 2)")
  }

  @Test func formulasBeforeDifferentiation() {
    #expect(Formula(parameter: "x") { x in 2 * x * x }.description == "2 * pow(x, 2)")
    #expect(Formula(parameter: "t") { t in 0.25 * t }.description == "0.25 * t")
    #expect(Formula(parameter: "x") { x in x + 0 }.description == "x")
    #expect(Formula(parameter: "x") { x in 1 * x * 1 }.description == "x")
    #expect(Formula(parameter: "x") { x in 0 * sin(x) + 3 }.description == "3")
    #expect(Formula(parameter: "x") { x in pow(x, 1) }.description == "x")
    #expect(Formula(parameter: "x") { x in x - x }.description == "0")
    #expect(Formula(parameter: "x") { x in x * x / x }.description == "x")
    #expect(Formula(parameter: "x") { x in 1 + x + pow(x, 3) + 2 * x }.description == "pow(x, 3) + 3 * x + 1")
    #expect(Formula(parameter: "x") { x in -(x + 1) }.description == "-x - 1")
    #expect(Formula(parameter: "x") { x in pow(x + 1, 2) }.description == "pow(x + 1, 2)")
    #expect(Formula(parameter: "x") { x in 1 - x * x }.description == "1 - pow(x, 2)")
    #expect(Formula(parameter: "x") { x in 2 / (x + 1) }.description == "2 / (x + 1)")
    #expect(Formula(parameter: "x") { x in x / (2 * sin(x)) }.description == "0.5 * x / sin(x)")
  }

  @Test func parameterNameIsTheFunctionsOwn() {
    let d = Formula(parameter: "speed") { v in v * v }.derivative()
    #expect(d.description == "2 * speed")
    #expect(d(3) == 6)
  }

  @Test func moreDerivatives() {
    #expect(derivative { x in sqrt(x) } == "0.5 / sqrt(x)")
    #expect(derivative { x in log(x) } == "1 / x")
    #expect(derivative { x in exp(x * x) } == "2 * x * exp(pow(x, 2))")
    #expect(derivative { x in tanh(x) } == "1 - pow(tanh(x), 2)")
    #expect(derivative { x in tan(x) } == "pow(tan(x), 2) + 1")
    #expect(derivative { x in 1 / (1 + exp(-x)) } == "exp(-x) / pow(exp(-x) + 1, 2)")
    #expect(derivative { x in 5 * pow(x, 5) + 4 * pow(x, 3) - 5 } == "25 * pow(x, 4) + 12 * pow(x, 2)")
    #expect(derivative { x in pow(x, x) } == "pow(x, x) * (log(x) + 1)")
    #expect(derivative { x in x * sin(x) } == "x * cos(x) + sin(x)")
    #expect(derivative { _ in SymbolicExpression(7) } == "0")
  }

  @Test func partialDerivatives() {
    let x = SymbolicExpression.variable(named: "x")
    let y = SymbolicExpression.variable(named: "y")
    let z = SymbolicExpression.variable(named: "z")
    let f = 3 * pow(x, 3) * z - y * y + 5 * z + 2 * y * z
    #expect(f.derivative(withRespectTo: "x").swiftSource == "9 * pow(x, 2) * z")
    #expect(f.derivative(withRespectTo: "y").swiftSource == "2 * z - 2 * y")
    #expect(f.derivative(withRespectTo: "z").swiftSource == "3 * pow(x, 3) + 2 * y + 5")
  }

  @Test func callableLikeAFunction() {
    let d = Formula(parameter: "x") { x in 3 * x * x + 2 * x + 1 }.derivative()
    #expect(d(1) == 8.0)
    #expect(d(3) == 20.0)
  }

  @Test func latex() {
    func latex(_ body: (SymbolicExpression) -> SymbolicExpression) -> String {
      Formula(parameter: "x", body).derivative().latex
    }
    #expect(latex { x in 2 * pow(x, 2) } == "4 x")
    #expect(latex { x in 3 * x * x + 2 * x + 1 } == "6 x + 2")
    #expect(latex { x in pow(x, 3) } == "3 x^{2}")
    #expect(latex { x in sin(x) * exp(x) } == "e^{x} \\sin\\left(x\\right) + e^{x} \\cos\\left(x\\right)")
    #expect(latex { x in 1 / x } == "-\\frac{1}{x^{2}}")
    #expect(latex { x in tanh(x) } == "1 - \\tanh^{2}\\left(x\\right)")
    #expect(latex { x in sqrt(x) } == "\\frac{0.5}{\\sqrt{x}}")
    #expect(latex { x in 1 / (1 + exp(-x)) } == "\\frac{e^{-x}}{\\left(e^{-x} + 1\\right)^{2}}")
    #expect(latex { x in log(x) * 1e-5 } == "\\frac{1 \\cdot 10^{-5}}{x}")
    #expect(Formula(parameter: "x") { x in 2 * pow(2, x) }.latex == "2 \\cdot 2^{x}")
  }

  @Test func constantsPrintAsSwiftSource() {
    #expect(SymbolicExpression.constant(4).swiftSource == "4")
    #expect(SymbolicExpression.constant(-0.5).swiftSource == "-0.5")
    #expect(SymbolicExpression.constant(1e16).swiftSource == "1e+16")
    #expect(SymbolicExpression.constant(.infinity).swiftSource == "Double.infinity")
    #expect(SymbolicExpression.constant(.nan).swiftSource == "Double.nan")
  }
}
