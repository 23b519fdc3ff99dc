import Foundation
import SlopeCalculus
import Testing

/// Importing SlopeCalculus next to Foundation must leave ordinary `Double` and `Int` math unambiguous and
/// unchanged, since the interpreter's own code imports both.
@Suite struct OverloadTests {
  @Test func foundationMathStillResolvesOnDoubleAndInt() {
    let x = 2.0
    let n = -3
    #expect(sqrt(x) == x.squareRoot())
    #expect(sqrt(4) == 2.0)
    #expect(pow(x, 3) == 8.0)
    #expect(pow(2.0, 0.5) == x.squareRoot())
    #expect(exp(0.0) == 1 && log(1.0) == 0 && sin(0.0) == 0 && cos(0.0) == 1 && tanh(0.0) == 0)
    #expect(atan2(1.0, 1.0) == Double.pi / 4)
    #expect(max(1, 2) == 2 && min(1.5, 2.5) == 1.5 && abs(n) == 3 && abs(-x) == 2)
    #expect(floor(2.5) == 2 && ceil(2.5) == 3 && round(2.5) == 3)
  }
}
