import SlopeLanguage
import Testing

@Suite struct SessionTests {
  @Test func printsArithmetic() {
    let outcome = Session().run("print(1 + 2)")
    #expect(outcome.output == "3\n")
    #expect(outcome.error == nil)
  }

  @Test func importsAreAcceptedAndIgnored() {
    let outcome = Session().run("import Foundation\nprint(sqrt(2.0))")
    #expect(outcome.output == "1.4142135623730951\n")
    #expect(outcome.error == nil)
  }

  @Test func laterBlocksSeeEarlierDeclarations() {
    let session = Session()
    #expect(session.run("let x = 2.0\nfunc square(_ v: Double) -> Double { v * v }").error == nil)
    #expect(session.run("print(square(x))").output == "4.0\n")
  }

  @Test func aLaterBlockMayShadowButABlockMayNotRedeclare() {
    let session = Session()
    #expect(session.run("let x = 1").error == nil)
    let shadowed = session.run("let x = \"a\"\nprint(x)")
    #expect(shadowed.output == "a\n")
    #expect(shadowed.error == nil)
    let redeclared = session.run("let y = 1\nlet y = 2")
    #expect(redeclared.error?.message == "invalid redeclaration of 'y'")
    #expect(redeclared.error?.line == 2)
    #expect(redeclared.error?.column == 5)
  }

  @Test func functionsKeepTheGlobalsTheyWereWrittenAgainst() {
    let session = Session()
    _ = session.run("let k = 2\nfunc g() -> Int { k }")
    #expect(session.run("let k = 5\nprint(g(), k)").output == "2 5\n")
  }

  @Test func aTrapEndsOnlyItsBlockAndKeepsWhatRan() {
    let session = Session()
    let trapped = session.run("let a = 1\nprint(a)\nlet b = [1][5]\nlet c = 3")
    #expect(trapped.output == "1\n")
    #expect(trapped.error?.message == "Index out of range")
    #expect(trapped.error?.line == 3)
    #expect(session.run("print(a)").output == "1\n")
    #expect(session.run("print(c)").error?.message == "cannot find 'c' in scope")
  }

  @Test func aCompileErrorRunsNothing() {
    let outcome = Session().run("print(1)\nlet n = 2\nprint(n * 0.5)")
    #expect(outcome.output == "")
    #expect(outcome.error?.message == "binary operator '*' cannot be applied to operands of type 'Int' and 'Double'")
    #expect(outcome.error?.line == 3)
    #expect(outcome.error?.column == 9)
  }

  @Test func closuresCaptureVariablesNotCopies() {
    let source = """
      func makeCounter() -> () -> Int {
        var count = 0
        return {
          count += 1
          return count
        }
      }
      let next = makeCounter()
      _ = next()
      print(next(), next())
      """
    #expect(Session().run(source).output == "2 3\n")
  }

  @Test func arraysAreValues() {
    let source = "var a = [1, 2]\nvar b = a\nb.append(3)\nb[0] = 9\nprint(a, b)"
    #expect(Session().run(source).output == "[1, 2] [9, 2, 3]\n")
  }

  @Test func unsupportedDeclarationsNameTheConstruct() {
    let outcome = Session().run("let x = 1\nstruct Point { var x: Double }")
    #expect(outcome.error?.message == "'struct' declarations are not supported in notebooks")
    #expect(outcome.error?.line == 2)
    #expect(outcome.error?.column == 1)
  }

  @Test func runtimeNaNPrintsAsSwiftPrintsIt() {
    #expect(
      Session().run("let zero = 0.0\nprint(zero / zero, Double.nan, String(zero / zero))").output == "-nan nan nan\n"
    )
  }

  @Test func doublesPrintAsSwiftPrintsThem() {
    let source = "print(2.0, 1e-05, 1e16, -0.0, 1.0 / 0.0, [0.0, 2.0], [\"a\"], (1, 2.0), Optional(3), 0..<5)"
    #expect(Session().run(source).output == "2.0 1e-05 1e+16 -0.0 inf [0.0, 2.0] [\"a\"] (1, 2.0) Optional(3) 0..<5\n")
  }
}
