import SlopeLanguage
import Testing

@Suite struct DiagnosticsTests {
  @Test func compileErrorsRenderWithNotebookLineNumbers() {
    let outcome = Session().run("let x = 1 + y", firstLine: 12)
    let error = outcome.error
    #expect(error?.message == "cannot find 'y' in scope")
    #expect(error?.line == 1)
    #expect(error?.column == 13)
    #expect(
      error?.rendered == """
        error: cannot find 'y' in scope
        12 | let x = 1 + y
           |             `- error: cannot find 'y' in scope

        """
    )
  }

  @Test func trapsRenderAtTheExpressionThatTrapped() {
    let outcome = Session().run("let xs = [1, 2]\nprint(xs[5])", firstLine: 3)
    #expect(outcome.error?.message == "Index out of range")
    #expect(outcome.error?.line == 2)
    #expect(
      outcome.error?.rendered == """
        error: Index out of range
        4 | print(xs[5])
          |         `- error: Index out of range

        """
    )
  }

  @Test func syntaxErrorsUseTheParsersWords() {
    let outcome = Session().run("let b = (1 + )")
    #expect(outcome.error?.message == "expected expression after operator")
    #expect(outcome.error?.line == 1)
  }

  @Test(arguments: [
    ("let x = 1\nx = 2", "cannot assign to value: 'x' is a 'let' constant", 2, 1),
    (
      "func f(a: Int) -> Int { a }\nprint(f(b: 1))", "incorrect argument label in call (have 'b:', expected 'a:')", 2, 8
    ),
    (
      "let n = 2\nlet y = n * 0.5", "binary operator '*' cannot be applied to operands of type 'Int' and 'Double'", 2,
      11
    ),
    ("print(pow(2.0, 10))", "ambiguous use of 'pow'", 1, 7),
    ("print(2 * .pi)", "ambiguous use of 'pi'", 1, 12),
    ("let d: Double = \"s\"", "cannot convert value of type 'String' to specified type 'Double'", 1, 17),
    ("class C {}", "'class' declarations are not supported in notebooks", 1, 1),
    ("let d = [\"a\": 1]", "dictionaries and sets are not supported in notebooks", 1, 9),
  ])
  func typeErrorsAreWordedAsSwiftcWordsThem(source: String, message: String, line: Int, column: Int) {
    let error = Session().run(source).error
    #expect(error?.message == message)
    #expect(error?.line == line)
    #expect(error?.column == column)
  }

  @Test func powOfTwoIntegerLiteralsSuggestsTheDoubleSpelling() {
    let message = Session().run("print(pow(2, 10))").error?.message ?? ""
    #expect(message.contains("pow(2.0, 10.0)"))
  }
}
