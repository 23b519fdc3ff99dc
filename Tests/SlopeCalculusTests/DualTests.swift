import Foundation
import SlopeCalculus
import Testing

/// Forward-mode results on the guide's oracles O8–O11 and on the arithmetic rules.
@Suite struct DualTests {
  private func derivative(at x: Double, of f: (Dual) -> Dual) -> Double {
    f(Dual.variable(x)).derivative
  }

  @Test func oracleO8PolynomialsAreExact() {
    #expect(derivative(at: 1) { 2 * $0 * $0 } == 4.0)
    #expect(derivative(at: 3) { $0 * $0 * $0 } == 27.0)
    #expect(derivative(at: 1) { 3 * $0 * $0 + 2 * $0 + 1 } == 8.0)
    #expect(derivative(at: 2) { pow($0, 3) } == 12.0)
    #expect("\(derivative(at: 1) { 2 * $0 * $0 })" == "4.0")
  }

  @Test func oracleO9SineTimesExponentialWithinTwoUlp() {
    let result = derivative(at: 1) { sin($0) * exp($0) }
    let expected = 3.7560492270947274
    #expect(abs(result - expected) <= 2 * expected.ulp)
  }

  @Test func oracleO10GradientOfTwoVariables() {
    let f: (Dual, Dual) -> Dual = { x, y in x * y + x }
    let partialX = f(.variable(1), Dual(value: 2, derivative: 0, varies: true))
    let partialY = f(Dual(value: 1, derivative: 0, varies: true), .variable(2))
    #expect(partialX.value == 3.0)
    #expect(partialX.derivative == 3.0)
    #expect(partialY.derivative == 1.0)
    #expect("\(partialX.value) (\(partialX.derivative), \(partialY.derivative))" == "3.0 (3.0, 1.0)")
  }

  @Test func oracleO11ValueWithDerivative() {
    let result = 2 * Dual.variable(2) * Dual.variable(2)
    #expect("\(result.value) \(result.derivative)" == "8.0 8.0")
    #expect("\(result)" == "(value: 8.0, derivative: 8.0)")
    // A pullback of a scalar function is the derivative times the cotangent.
    #expect(result.derivative * 1 == 8.0)
  }

  @Test func valuesAreWhatSwiftComputes() {
    let x = 0.7
    let dual = Dual.variable(x)
    #expect((sin(dual) * exp(dual) / (1 + dual * dual)).value == sin(x) * exp(x) / (1 + x * x))
    #expect(pow(dual, 2.5).value == pow(x, 2.5))
    #expect(atan2(dual, 2 * dual + 1).value == atan2(x, 2 * x + 1))
    #expect((1 / dual - 3).value == 1 / x - 3)
  }

  @Test func mixedConstantsDoNotDisturbTheDerivative() {
    let x = Dual.variable(3)
    #expect((x + 1).derivative == 1)
    #expect((1 - x).derivative == -1)
    #expect((x * 4).derivative == 4)
    #expect((x / 4).derivative == 0.25)
    #expect((1 / x).derivative == -1.0 / 9.0)
    #expect((-x).derivative == -1)
    #expect(Dual(5).derivative == 0)
    #expect(!Dual(5).varies)
  }

  @Test func compoundAssignment() {
    var total = Dual(0)
    let x = Dual.variable(2)
    for power in 1...3 {
      total += pow(x, Double(power))
    }
    #expect(total.value == 14)
    #expect(total.derivative == 1 + 4 + 12)
  }

  @Test func everyElementaryFunctionAgreesWithCentralDifferences() {
    for function in ElementaryFunction.allCases {
      let x = 0.3
      let exact = Dual.apply(function, to: .variable(x)).derivative
      let h = 1e-5
      let estimate = (function.evaluate(x + h) - function.evaluate(x - h)) / (2 * h)
      #expect(abs(exact - estimate) < 1e-8 * max(1, abs(exact)), "\(function)")
    }
  }

  @Test func powerRuleBranches() {
    // Constant exponent, negative base: the power rule, no logarithm.
    #expect(pow(Dual.variable(-2), 3).derivative == 12)
    // Constant base: log(2)·2^x.
    let base = pow(2, Dual.variable(3))
    #expect(abs(base.derivative - 8 * log(2.0)) <= 2 * (8 * log(2.0)).ulp)
    // Both varying: x^x·(log x + 1).
    let both = pow(Dual.variable(2), Dual.variable(2))
    #expect(abs(both.derivative - 4 * (log(2.0) + 1)) <= 4 * 6.77.ulp)
  }
}
