import Foundation
import SlopeLanguage
import Testing

/// Derivatives taken inside functions that are themselves differentiated: each differentiation has its own
/// tag, so second and mixed derivatives are right and an inner perturbation never leaks into an outer one.
@Suite struct NestedDerivativeTests {
  private func run(_ source: String) -> BlockOutcome { Session().run(source) }

  /// The numbers a block printed, one per line (the block must not fail).
  private func numbers(_ source: String, sourceLocation: SourceLocation = #_sourceLocation) -> [Double] {
    let outcome = run(source)
    #expect(outcome.error == nil, sourceLocation: sourceLocation)
    return outcome.output.split(separator: "\n").compactMap { Double(String($0)) }
  }

  @Test func secondDerivativesOfPolynomialsAreExact() {
    let outcome = run(
      """
      print(derivative(at: 1, of: derivative(of: { x in x * x * x })))
      print(derivative(at: 2, of: derivative(of: { x in 2 * x * x + 3 * x + 1 })))
      print(derivative(at: 3, of: derivative(of: { x in pow(x, 4) })))
      print(derivative(at: 1, of: derivative(of: derivative(of: { x in x * x * x * x }))))
      func f(_ x: Double) -> Double { x * x * x - 2 * x }
      let df = derivative(of: f)
      let ddf = derivative(of: df)
      print(df(2), ddf(2), ddf(-1))
      """
    )
    #expect(outcome.error == nil)
    #expect(outcome.output == "6.0\n4.0\n108.0\n24.0\n10.0 12.0 -6.0\n")
  }

  @Test func theMixedDerivativeOfTheBriefIsFourX() {
    // d/dx of (∂/∂y x·y² at y = x) = d/dx 2x² = 4x.
    let outcome = run("print(derivative(at: 2, of: { x in derivative(at: x, of: { y in x * y * y }) }))")
    #expect(outcome.output == "8.0\n")
  }

  @Test func innerAndOuterPerturbationsStayApart() {
    // Siskind and Pearlmutter's example: d/dx (x · d/dy (x + y)) = 1; untagged duals give 2.
    let outcome = run("print(derivative(at: 1) { x in x * derivative(at: 1) { y in x + y } })")
    #expect(outcome.output == "1.0\n")
  }

  @Test func secondDerivativesOfExpAndSin() throws {
    let values = numbers(
      """
      print(derivative(at: 0.5, of: derivative(of: { x in exp(2 * x) })))
      print(derivative(at: 0.5, of: derivative(of: { x in sin(x) })))
      print(derivative(at: 1.2, of: derivative(of: { x in sin(x) * exp(x) })))
      print(derivative(at: 0.3, of: derivative(of: { x in log(x) })))
      print(derivative(at: 0.7, of: derivative(of: { x in tanh(x) })))
      """
    )
    try #require(values.count == 5)
    let expected = [
      4 * Foundation.exp(1.0),
      -Foundation.sin(0.5),
      2 * Foundation.cos(1.2) * Foundation.exp(1.2),
      -1 / (0.3 * 0.3),
      -2 * Foundation.tanh(0.7) * (1 - Foundation.tanh(0.7) * Foundation.tanh(0.7)),
    ]
    for (value, exact) in zip(values, expected) {
      #expect(abs(value - exact) <= 8 * exact.magnitude.ulp, "\(value) vs \(exact)")
    }
  }

  @Test func derivativeOfAGradientAndGradientOfADerivative() {
    let outcome = run(
      """
      // ∂/∂x (x² y) = 2xy at y = 2, then d/da at a = 1: 4.
      print(derivative(at: 1, of: { a in gradient(at: a, 2, of: { x, y in x * x * y }).0 }))
      // v ↦ ∂/∂t (t² v₁) at t = v₀ is 2 v₀ v₁; its gradient at [1, 2] is [2 v₁, 2 v₀].
      print(gradient(at: [1, 2], of: { v in derivative(at: v[0], of: { t in t * t * v[1] }) }))
      // The Hessian of x²y + y³ at (1, 2), row by row.
      func g(_ x: Double, _ y: Double) -> Double { x * x * y + y * y * y }
      print(gradient(at: 1, 2, of: { x, y in gradient(at: x, y, of: g).0 }))
      print(gradient(at: 1, 2, of: { x, y in gradient(at: x, y, of: g).1 }))
      print(valueWithGradient(at: [3], of: { v in derivative(at: v[0], of: { t in t * t * t }) }))
      """
    )
    #expect(outcome.error == nil)
    #expect(outcome.output == "4.0\n[4.0, 2.0]\n(4.0, 2.0)\n(2.0, 12.0)\n(value: 27.0, gradient: [18.0])\n")
  }

  @Test func pullbacksTangentLinesAndValuesInsideDerivatives() {
    let outcome = run(
      """
      // pullback of x² a at a, applied to 1, is 2a²; its derivative is 4a.
      print(derivative(at: 3, of: { a in pullback(at: a, of: { x in x * x * a })(1) }))
      // The tangent line of x³ at a, evaluated at 0, is -2a³; its derivative is -6a².
      print(derivative(at: 1, of: { a in tangentLine(of: { x in x * x * x }, at: a)(0) }))
      print(derivative(at: 2, of: { a in valueWithDerivative(at: a, of: { x in x * x * x }).derivative }))
      """
    )
    #expect(outcome.error == nil)
    #expect(outcome.output == "12.0\n-6.0\n12.0\n")
  }

  @Test func firstDerivativesAreUnchanged() {
    let outcome = run(
      """
      print(derivative(at: 1, of: { 2 * $0 * $0 }))
      print(valueWithDerivative(at: 2, of: { x in x * x }))
      print(gradient(at: 1, 2, of: { x, y in x * y + sin(x) }))
      print(derivative(at: 0, of: { x in max(0, x) }))
      """
    )
    #expect(
      outcome.output
        == "4.0\n(value: 4.0, derivative: 4.0)\n(\(2 + Foundation.cos(1.0)), 1.0)\n0.0\n"
        + "max is not differentiable where its arguments are equal; using the derivative of the constant "
        + "argument, or the average of both\n"
    )
  }

  @Test func pointsWithoutADerivativeKeepTheirConventionAtSecondOrder() {
    let outcome = run("print(derivative(at: 0, of: derivative(of: { x in abs(x) * x })))")
    // (|x| x)′ = 2|x|, whose derivative at 0 takes abs′(0) = 0.
    #expect(outcome.output == "0.0\nabs is not differentiable at 0; using the derivative 0\n")
    let smooth = run("print(derivative(at: -2, of: derivative(of: { x in abs(x) * x })))")
    #expect(smooth.output == "-2.0\n")
  }

  @Test func finiteDifferencesInsideADerivativeAreDifferentiated() throws {
    // The forward difference of y ↦ x y² at x is 2x² + x·δ; its derivative is 4x + δ.
    let values = numbers("print(derivative(at: 1, of: { x in numericalDerivative(of: { y in x * y * y }, at: x) }))")
    let value = try #require(values.first)
    #expect(abs(value - 4.0001) < 1e-9)
    let outcome = run(
      """
      let d = derivative(of: { x in x * x * x })
      print(d(2), numericalDerivative(of: d, at: 2, method: .central) > 11.99)
      """
    )
    #expect(outcome.output == "12.0 true\n")
  }

  @Test func extrapolatedDifferencesInsideADerivativeAreAnError() throws {
    let outcome = run(
      "print(derivative(at: 1, of: { x in numericalDerivative(of: { y in x * y }, at: x, method: .extrapolated) }))"
    )
    let error = try #require(outcome.error)
    #expect(error.message.hasPrefix("numericalDerivative(of:at:delta:method:) with method .extrapolated works on"))
    #expect(outcome.output.isEmpty)
  }

  @Test func formulasOfDerivativesAndDerivativesOfFormulas() {
    let outcome = run(
      """
      print(formula(of: { x in derivative(at: x, of: { y in y * y * y }) }))
      let d = symbolicDerivative(of: { x in x * x * x })
      print(derivative(at: 2, of: { x in d(x) }))
      print(derivative(at: 2, of: derivative(of: { x in d(x) })))
      """
    )
    #expect(outcome.error == nil)
    #expect(outcome.output == "3 * pow(x, 2)\n12.0\n6.0\n")
  }
}
