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

  @Test func fusedShapesComputeWhatSwiftComputes() {
    // Three-leaf and two-leaf shapes on either side, each compiled into one closure.
    var expected = 0.0
    for i in 1..<50 {
      let x = Double(i) * 0.1
      let y = x + 0.25
      expected += (2 * y * y - 2 * x * x) / (y - x) + x / (y * 2) - (x - y) * (y + 1) + (y + x) / x
    }
    let outcome = run(
      """
      var s = 0.0
      for i in 1..<50 {
        let x = Double(i) * 0.1
        let y = x + 0.25
        s += (2 * y * y - 2 * x * x) / (y - x) + x / (y * 2) - (x - y) * (y + 1) + (y + x) / x
      }
      print(s)
      """
    )
    #expect(outcome.error == nil)
    #expect(outcome.output == "\(expected)\n")
  }

  @Test func pureStoresFallBackForDualNumbers() {
    // Straight-line `let`, `=` and `+=` of pure trees run as one closure on plain doubles; a dual number in
    // any slot sends each statement to the generic code, in the function and at the top level.
    let outcome = run(
      """
      func f(_ x: Double) -> Double {
        let a = 2 * x * x
        var b = a - x
        b += x / 4
        b *= a
        b = b - 1
        return b
      }
      var t = 0.5
      var u = t * t
      u -= t
      print(f(t), u, derivative(at: t, of: f), gradient(at: [1.0, 2.0]) { v in
        var s = v[0] * v[1]
        s += v[1] * v[1]
        return s
      })
      """
    )
    #expect(outcome.error == nil)
    // f(x) = 2x²(2x² - 3x/4) - 1 = 4x⁴ - 1.5x³ - 1; f(0.5) = -0.9375, f′(x) = 16x³ - 4.5x², f′(0.5) = 0.875.
    #expect(outcome.output == "-0.9375 -0.25 0.875 [2.0, 5.0]\n")
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
