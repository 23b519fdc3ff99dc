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

  @Test func whatAFormulaDoesNotCoverIsReportedAtItsCallWithTheFormulaFunctionsName() throws {
    let cases: [(source: String, message: String, column: Int)] = [
      ("print(formula(of: { x in 2 * abs(x) }))", "formula(of:) does not cover 'abs'", 30),
      ("print(symbolicDerivative(of: { x in x * floor(x) }))", "symbolicDerivative(of:) does not cover 'floor'", 41),
      ("print(formula(of: { x in max(x, 2) + 1 }))", "formula(of:) does not cover 'max'", 26),
      (
        "print(symbolicDerivative(of: { x in x > 1 ? x : 0 }))",
        "symbolicDerivative(of:) covers functions whose body is one expression; this one compares values", 39
      ),
    ]
    for (source, message, column) in cases {
      let error = try #require(run(source).error, "\(source)")
      #expect(error.message == message, "\(source)")
      #expect(error.column == column, "\(source)")
    }
  }

  @Test func aFunctionOfSomethingAlreadyUncoveredDoesNotTakeTheBlame() throws {
    // The call of a Formula made the value; `sin` and `floor` only pass it on, so the error stays at
    // `formula(of:)` as before.
    let outcome = run(
      """
      let inner = formula(of: { y in 2 * y })
      print(formula(of: { x in floor(sin(inner(x))) }))
      """
    )
    let error = try #require(outcome.error)
    #expect(error.message == "formula(of:) does not cover a call of a Formula")
    #expect(error.line == 2)
    #expect(error.column == 14)
  }

  @Test func aFormulaInsideAFormulaKeepsTheOuterRefusalOfLoops() throws {
    let outcome = run(
      """
      func h(_ x: Double) -> Double {
        let inner = formula(of: { y in 2 * y })
        var s = inner(x)
        for _ in 0..<2 { s += x }
        return s
      }
      print(formula(of: h))
      """
    )
    let error = try #require(outcome.error)
    #expect(error.message == "formula(of:) covers functions whose body is one expression; it does not cover loops")
    #expect(error.line == 4)
  }
}
