import Foundation
import SlopeCalculus
import Testing

/// The fixed conventions at non-differentiable points (guide table 1e) and the notes they leave.
@Suite struct KinkTests {
  @Test func reluAtZeroHasDerivativeZeroAndANote() {
    let relu = max(0, Dual.variable(0))
    #expect(relu.value == 0)
    #expect(relu.derivative == 0)
    #expect(relu.kinks.members == [.maximumTie])
    #expect(max(Dual.variable(0), 0).derivative == 0)
  }

  @Test func reluAwayFromZeroHasNoNote() {
    #expect(max(0, Dual.variable(2)).derivative == 1)
    #expect(max(0, Dual.variable(-2)).derivative == 0)
    #expect(max(0, Dual.variable(2)).kinks.isEmpty)
  }

  @Test func absAtZero() {
    let result = abs(Dual.variable(0))
    #expect(result.derivative == 0)
    #expect(result.kinks.contains(.absoluteValueAtZero))
    #expect(abs(Dual.variable(-3)).derivative == -1)
    #expect(Dual.variable(3).magnitude.derivative == 1)
  }

  @Test func tieBetweenTwoVaryingInputsSharesEqually() {
    let x = Dual.variable(0)
    #expect(max(x, 2 * x).derivative == 1.5)
    #expect(min(x, 2 * x).derivative == 1.5)
    // Partials of max(x, y) at x == y, one pass per variable.
    let partialX = max(Dual.variable(1), Dual(value: 1, derivative: 0, varies: true))
    let partialY = max(Dual(value: 1, derivative: 0, varies: true), Dual.variable(1))
    #expect(partialX.derivative == 0.5)
    #expect(partialY.derivative == 0.5)
    #expect(partialX.kinks.members == [.maximumTie])
  }

  @Test func tieBetweenConstantsIsNoKink() {
    let result = max(Dual(1), Dual(1))
    #expect(result.derivative == 0)
    #expect(result.kinks.isEmpty)
  }

  @Test func squareRootAtZeroIsInfinite() {
    let result = sqrt(Dual.variable(0))
    #expect(result.derivative == .infinity)
    #expect(result.kinks.members == [.squareRootAtZero])
    #expect(Dual.variable(0).squareRoot().derivative == .infinity)
    #expect(pow(Dual.variable(0), 0.5).derivative == .infinity)
    #expect(pow(Dual.variable(0), 0.5).kinks.members == [.squareRootAtZero])
    // A constant zero under the root is no kink and has derivative 0, not NaN.
    #expect(sqrt(Dual(0)).derivative == 0)
    #expect(sqrt(Dual(0)).kinks.isEmpty)
  }

  @Test func branchTakenIsDifferentiated() {
    let f: (Dual) -> Dual = { x in x.value > 0 ? sqrt(x) : Dual(0) }
    #expect(f(.variable(0)).derivative == 0)
    #expect(f(.variable(0)).kinks.isEmpty)
    let relu: (Dual) -> Dual = { x in x.value >= 0 ? x : Dual(0) }
    #expect(relu(.variable(0)).derivative == 1)
  }

  @Test func reciprocalAtZero() {
    #expect((1 / Dual.variable(0)).derivative == -.infinity)
  }

  @Test func roundingHasDerivativeZeroAndNotesItsJumps() {
    #expect(floor(Dual.variable(2.5)).derivative == 0)
    #expect(floor(Dual.variable(2.5)).kinks.isEmpty)
    #expect(floor(Dual.variable(2)).kinks.members == [.stepJump])
    #expect(ceil(Dual.variable(-1)).kinks.members == [.stepJump])
    #expect(round(Dual.variable(2.5)).kinks.members == [.stepJump])
    #expect(round(Dual.variable(2.5)).value == 3)
    #expect(Dual.variable(2).rounded().kinks.isEmpty)
  }

  @Test func kinksTravelThroughLaterArithmetic() {
    let x = Dual.variable(0)
    let result = 3 * max(0, x) + exp(x)
    #expect(result.derivative == 1)
    #expect(result.kinks.members == [.maximumTie])
    #expect(result.kinks.description == Kink.maximumTie.note)
  }

  @Test func swiftSelectionOfSignedZerosAndNaN() {
    #expect(max(Dual(0.0), Dual(-0.0)).value.sign == .minus)
    #expect(max(Dual(-0.0), Dual(0.0)).value.sign == .plus)
    #expect(max(Dual(.nan), Dual(1)).value.isNaN)
    #expect(max(Dual(1), Dual(.nan)).value == 1)
  }

  @Test func truncatingRemainder() {
    let result = Dual.variable(7.5).truncatingRemainder(dividingBy: Dual(2))
    #expect(result.value == 1.5)
    #expect(result.derivative == 1)
  }
}
