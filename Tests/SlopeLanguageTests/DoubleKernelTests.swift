import SlopeLanguage
import Testing

/// Loops whose body only stores pure `Double` trees run on registers; they must leave behind exactly what
/// the generic loop does. What they compute is checked against swiftc by the corpus
/// (`run/loop-double-stores.swift`).
@Suite struct DoubleKernelTests {
  @Test func aDualNumberRunsTheGenericLoop() {
    // g(x) = 6x²: the loop reads the parameter, which is a dual number while differentiating.
    let outcome = Session().run(
      """
      func g(_ x: Double) -> Double {
        var s = 0.0
        for k in 1...3 {
          s += x * x * Double(k)
        }
        return s
      }
      print(g(2), derivative(at: 2, of: g), gradient(at: [2.0]) { v in g(v[0]) })
      """
    )
    #expect(outcome.error == nil)
    #expect(outcome.output == "24.0 24.0 [24.0]\n")
  }

  @Test func aLimitKeepsWhatTheLoopStored() throws {
    let session = Session(limits: Session.Limits(secondsPerBlock: 0.2))
    _ = session.run("var s = 0.0")
    let stopped = session.run(
      """
      for _ in 0..<Int.max {
        s += 1
      }
      """
    )
    let error = try #require(stopped.error)
    #expect(error.message.contains("time limit"))
    #expect(error.line == 1)
    let after = session.run("print(s > 1000, s == s.rounded())")
    #expect(after.output == "true true\n")
  }

  @Test func aSymbolicRunRefusesTheLoop() throws {
    let outcome = Session().run(
      """
      func h(_ x: Double) -> Double {
        var s = 0.0
        for k in 0..<3 {
          s += Double(k)
        }
        return s * x
      }
      print(symbolicDerivative(of: h))
      """
    )
    let error = try #require(outcome.error)
    #expect(error.message.contains("does not cover loops"))
    #expect(error.line == 3)
  }
}
