import SlopeFigures
import SlopeLanguage
import Testing

@Suite struct PreludeTests {
  private func run(_ source: String) -> BlockOutcome { Session().run(source) }

  /// swiftc's `abs(Int.min)` traps inside the standard library without a message or a source line, so the
  /// corpus cannot record it; the interpreter words it as the negation it is.
  @Test func absOfIntMinIsAnOverflow() throws {
    let outcome = run(
      """
      let values = [-3, Int.min]
      for value in values {
        print(abs(value))
      }
      """
    )
    #expect(outcome.output == "3\n")
    let error = try #require(outcome.error)
    #expect(error.message == "arithmetic overflow")
    #expect(error.line == 3)
  }

  @Test func exactDerivativesRunThroughUserCode() {
    let source = """
      func f(_ x: Double) -> Double { 2 * x * x }
      print(derivative(at: 1, of: { 2 * $0 * $0 }))
      print(valueWithDerivative(at: 2, of: f))
      print(derivative(of: f)(3))
      print(gradient(at: 1, 2, of: { x, y in x * y + x }))
      print(valueWithGradient(at: [1, 2], of: { v in v[0] * v[1] + v[0] }))
      print(tangentLine(of: f, at: 1)(2), pullback(at: 2, of: f)(1))
      print(derivative(at: 3, of: { x in
        var total = 0.0
        for i in 1...3 { total += pow(x, Double(i)) }
        return x > 0 ? total : -total
      }))
      """
    let outcome = run(source)
    #expect(outcome.error == nil)
    #expect(
      outcome.output == """
        4.0
        (value: 8.0, derivative: 8.0)
        12.0
        (3.0, 1.0)
        (value: 3.0, gradient: [3.0, 1.0])
        6.0 8.0
        34.0

        """
    )
  }

  @Test func pointsWithoutADerivativeAddANote() {
    let outcome = run("print(derivative(at: 0, of: { abs($0) }))")
    #expect(outcome.output == "0.0\nabs is not differentiable at 0; using the derivative 0\n")
  }

  @Test func numericalDerivativesMatchTheTutorial() {
    let source = """
      func f(_ x: Double) -> Double { 2 * x * x }
      print(numericalDerivative(of: f, at: 1))
      print(numericalDerivative(of: f, at: 1, delta: 0.0001, method: .backward))
      print(abs(numericalDerivative(of: { log($0) }, at: 0.001, method: .extrapolated) - 1000) < 1e-9)
      """
    #expect(run(source).output == "4.0001999999987845\n3.999799999998995\ntrue\n")
  }

  @Test func arrayLiteralsTypeImplicitMembersFromTheirNeighbours() {
    let source = """
      let methods = [DifferenceMethod.forward, .central]
      for method in methods { print(numericalDerivative(of: { 2 * $0 * $0 }, at: 1, method: method)) }
      print(methods.count, methods.contains(.central), methods[0] == .forward)
      let styles = [.dashed, LineStyle.dotted]
      print(styles.count)
      """
    let outcome = run(source)
    #expect(outcome.error == nil)
    #expect(outcome.output == "4.0001999999987845\n3.9999999999988898\n2 true true\n2\n")
  }

  @Test func symbolicDerivativesPrintSimplifiedSwift() {
    let source = """
      print(symbolicDerivative(of: { x in 2 * pow(x, 2) }))
      print(symbolicDerivative(of: { x in 3 * x * x + 2 * x + 1 }))
      print(symbolicDerivative(of: { x in sin(x) * exp(x) }))
      print(symbolicDerivative(of: { x in 1 / x }))
      func g(_ t: Double) -> Double { 0.25 * t * t }
      let d = symbolicDerivative(of: g)
      print(d, d(3))
      """
    #expect(
      run(source).output == """
        4 * x
        6 * x + 2
        exp(x) * sin(x) + exp(x) * cos(x)
        -1 / pow(x, 2)
        0.5 * t 1.5

        """
    )
  }

  @Test func formulasNameWhatTheyDoNotCover() {
    #expect(run("print(formula(of: { abs($0) }))").error?.message == "formula(of:) does not cover 'abs'")
    let branch = run("print(formula(of: { x in x > 0 ? x : -x }))")
    #expect(branch.error?.message.hasPrefix("formula(of:) covers functions whose body is one expression") == true)
  }

  @Test func figuresAreDrawnAndShown() {
    let source = """
      plot([1, 2, 3], [1, 4, 9], label: "squares")
      plot({ $0 * $0 }, from: 0, to: 3, color: "g", style: .dashed)
      title("Squares")
      show()
      scatter([1.0], [2.0])
      """
    let outcome = run(source)
    #expect(outcome.error == nil)
    #expect(outcome.figures.count == 2)
    let first = outcome.figures.first
    #expect(first?.title == "Squares")
    #expect(first?.series.count == 2)
    #expect(first?.series.first?.y == [1, 4, 9])
    #expect(first?.series.first?.label == "squares")
    #expect(first?.series.last?.style == .dashed)
    #expect(first?.series.last?.color == "g")
    #expect(outcome.figures.last?.series.first?.kind == .scatter)
  }

  @Test func seriesOfUnequalLengthsAreAnErrorAtTheCall() {
    // As pyplot raises at `plot`, so the error points at the call, not at the end of the block.
    let outcome = run("let x = [1.0, 2.0, 3.0]\nplot(x, [1, 2], label: \"s\")\nprint(\"not reached\")")
    #expect(outcome.error?.message == "series 0 (\"s\") has 3 x values but 2 y values")
    #expect(outcome.error?.line == 2)
    #expect(outcome.error?.column == 5)
    #expect(outcome.output.isEmpty)
    let empty = run("plot([1.0], [2.0])\nscatter([Double](), [])")
    #expect(empty.error?.message == "series 1 has no points")
    #expect(empty.error?.line == 2)
  }

  @Test func stringFormatChecksItsDirectivesAgainstItsArguments() {
    #expect(run("print(String(format: \"%5.1f|%@|%03d\", 2.25, \"s\", 7))").output == "  2.2|s|007\n")
    #expect(
      run("print(String(format: \"%d %d\", 1))").error?.message == "String(format:) has 2 directives but 1 argument"
    )
    #expect(
      run("print(String(format: \"%.2f\", 1))").error?.message
        == "String(format:) argument #1 is 'Int' but its directive takes 'Double'"
    )
    let runtime = run("let f = \"%s\"\nprint(String(format: f, \"a\"))")
    #expect(runtime.error?.message == "String(format:) directive '%s' is not supported in notebooks")
    #expect(runtime.error?.line == 2)
  }
}
