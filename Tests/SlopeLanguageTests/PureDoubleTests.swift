import SlopeLanguage
import Testing

/// The fast path for pure `Double` expressions and inlined calls gives the same answers as the generic code.
@Suite struct PureDoubleTests {
  private func run(_ source: String) -> BlockOutcome { Session().run(source) }

  @Test func inlinedCallsComputeWhatFramesCompute() {
    let outcome = run(
      """
      func g(_ x: Double) -> Double { 2 * x * x }
      func h(_ x: Double) -> Double { g(x) - g(x / 2) + later(x) }
      func later(_ x: Double) -> Double { -x / 4 }
      var scale = 1.0
      func scaled(_ x: Double) -> Double { scale * x }
      var s = 0.0
      for i in 0..<5 {
        s += h(Double(i)) + scaled(Double(i))
        scale += 1
      }
      print(s, h(0.1), derivative(at: 3, of: h), derivative(at: 3, of: derivative(of: h)))
      """
    )
    #expect(outcome.error == nil)
    // Σ (1.5 i² - i / 4) + Σ (i + 1) i = 45 - 2.5 + 40.
    let half: Double = 0.1 / 2
    let atOneTenth: Double = 2 * 0.1 * 0.1 - 2 * half * half + -0.1 / 4
    #expect(outcome.output == "82.5 \(atOneTenth) 8.75 3.0\n")
  }

  @Test func recursionThroughPureBodiesIsTheDepthError() throws {
    let outcome = run(
      """
      func f(_ x: Double) -> Double { g(x) + 1 }
      func g(_ x: Double) -> Double { f(x) * 2 }
      print(f(1))
      """
    )
    let error = try #require(outcome.error)
    #expect(error.message.hasPrefix("recursion depth limit exceeded"))
  }
}
