import SlopeLanguage
import Testing

/// What the derivative and formula functions refuse, so that they never print a wrong number.
@Suite struct DerivativeGuardTests {
  private func run(_ source: String) -> BlockOutcome {
    Session().run(source)
  }

  @Test func aComparisonInsideADerivativeInsideAFormulaIsAnError() throws {
    // The dual number's parts are formulas, which cannot decide a branch.
    let outcome = run("print(formula(of: { x in derivative(at: x, of: { y in y > 1 ? y : 2 * y }) }))")
    let error = try #require(outcome.error)
    #expect(error.message == "formula(of:) covers functions whose body is one expression; this one compares values")
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
    #expect(error.column == 3)
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
