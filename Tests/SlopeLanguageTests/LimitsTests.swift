import SlopeLanguage
import Testing

@Suite struct LimitsTests {
  @Test func runawayRecursionIsAnErrorNotACrash() {
    let session = Session(limits: Session.Limits(maxCallDepth: 1_000))
    let outcome = session.run("func down(_ n: Int) -> Int { down(n + 1) + 1 }\nprint(down(0))")
    #expect(outcome.error?.message.hasPrefix("recursion depth limit exceeded") == true)
    #expect(outcome.error?.line == 1)
    // The session goes on.
    #expect(session.run("print(1)").output == "1\n")
  }

  @Test func theDefaultDepthLimitFitsOnTheInterpreterStack() {
    let outcome = Session().run("func down(_ n: Int) -> Int { n == 0 ? 0 : down(n - 1) + 1 }\nprint(down(9_000))")
    #expect(outcome.output == "9000\n")
    let runaway = Session().run("func down(_ n: Int) -> Int { down(n + 1) }\nprint(down(0))")
    #expect(runaway.error?.message.hasPrefix("recursion depth limit exceeded") == true)
  }

  @Test func aBlockThatRunsTooLongEndsWithAnError() {
    let session = Session(limits: Session.Limits(secondsPerBlock: 0.2))
    let outcome = session.run("var i = 0\nwhile true { i += 1 }")
    #expect(outcome.error?.message.hasPrefix("time limit exceeded") == true)
    #expect(session.run("print(i > 0)").output == "true\n")
  }

  @Test func hugeArraysAreAnErrorNotAnAllocation() {
    let outcome = Session().run("let a = Array(repeating: 0, count: 1 << 40)")
    #expect(outcome.error?.message.hasPrefix("collection size limit exceeded") == true)
  }

  @Test func growingAnArrayPastTheCapIsAnError() {
    let session = Session(limits: Session.Limits(maxCollectionCount: 100))
    let outcome = session.run("var a: [Int] = []\nfor i in 0..<1000 { a.append(i) }")
    #expect(outcome.error?.message.hasPrefix("collection size limit exceeded") == true)
  }

  @Test func printedOutputIsCappedWithANote() {
    let session = Session(limits: Session.Limits(maxOutputBytes: 20))
    let outcome = session.run("for i in 0..<100 { print(\"line \\(i)\") }")
    #expect(outcome.error == nil)
    #expect(outcome.output.hasPrefix("line 0\nline 1\nline 2\n"))
    #expect(outcome.output.hasSuffix("[output truncated: the block printed more than 20 bytes]\n"))
  }

  @Test(arguments: [
    "var s = \"ab\"\nfor _ in 0..<30 { s = s + s }",
    "var s = \"ab\"\nfor _ in 0..<30 { s += s }",
    "var s = \"ab\"\nfor _ in 0..<30 { s = \"\\(s)\\(s)\" }",
    "var a = [1]\nfor _ in 0..<30 { a += a }",
    "var a = [1.0]\nfor _ in 0..<30 { a = a + a }",
  ])
  func doublingAStringOrArrayStopsAtTheCap(source: String) {
    // Without the cap each of these runs until memory is gone (2^30 elements).
    let session = Session(limits: Session.Limits(maxCollectionCount: 1_000))
    let outcome = session.run(source)
    #expect(outcome.error?.message == "collection size limit exceeded: 1024 elements (the limit is 1000)")
    #expect(outcome.error?.line == 2)
  }

  @Test func compoundAssignmentBelowTheCapStillWorks() {
    let outcome = Session().run("var s = \"a\"\ns += \"b\"\nvar a = [1.0]\na += [2]\nprint(s, a)")
    #expect(outcome.output == "ab [1.0, 2.0]\n")
  }
}
