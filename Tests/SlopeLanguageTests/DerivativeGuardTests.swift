import SlopeLanguage
import Testing

/// What the derivative functions refuse, so that they never print a wrong number.
@Suite struct DerivativeGuardTests {
  private func run(_ source: String) -> BlockOutcome {
    Session().run(source)
  }

  @Test func nestedDifferentiationIsAnErrorNotAWrongNumber() throws {
    let outcome = run("print(derivative(at: 1, of: derivative(of: { x in x * x * x })))")
    let error = try #require(outcome.error)
    #expect(error.message.hasPrefix("a derivative of a function that itself takes a derivative is not supported"))
    #expect(error.line == 1)
    #expect(outcome.output.isEmpty)
  }

  @Test func derivativeInsideAGradientIsAnError() {
    let outcome = run("print(gradient(at: [1, 2], of: { v in derivative(at: v[0], of: { y in y * v[1] }) }))")
    #expect(outcome.error?.message.hasPrefix("a derivative of a function that itself takes a derivative") == true)
  }

  @Test func finiteDifferencesInsideADerivativeAreAnError() {
    let outcome = run("print(derivative(at: 1, of: { x in numericalDerivative(of: { y in x * y }, at: x) }))")
    #expect(outcome.error?.message.hasPrefix("numericalDerivative cannot run inside") == true)
  }

  @Test func aDerivativeFunctionCanBeCalledAndDifferencedNumerically() {
    let outcome = run(
      """
      let d = derivative(of: { x in x * x * x })
      print(d(2), derivative(at: 2, of: d), numericalDerivative(of: d, at: 2))
      """
    )
    #expect(outcome.error?.message.hasPrefix("a derivative of a function") == true)
    let ok = run("let d = derivative(of: { x in x * x * x })\nprint(d(2), numericalDerivative(of: d, at: 2) > 11.99)")
    #expect(ok.error == nil)
    #expect(ok.output == "12.0 true\n")
  }

  @Test func symbolicDerivativeOfALoopNamesTheLoopAtItsLine() throws {
    let outcome = run(
      """
      func h(_ x: Double) -> Double {
        var s = 0.0
        for i in 0..<3 { s += x * Double(i) }
        return s
      }
      print(symbolicDerivative(of: h))
      """
    )
    let error = try #require(outcome.error)
    #expect(
      error.message == "symbolicDerivative(of:) covers functions whose body is one expression; it does not cover loops"
    )
    #expect(error.line == 3)
  }

  @Test func formulasStillInlineCallsOfOtherFunctions() {
    let outcome = run(
      """
      func g(_ x: Double) -> Double { x * x }
      func k(_ x: Double) -> Double { 3 * g(x) + sin(x) }
      print(symbolicDerivative(of: k))
      """
    )
    #expect(outcome.error == nil)
    #expect(outcome.output == "6 * x + cos(x)\n")
  }
}
