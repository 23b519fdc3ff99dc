import Foundation
import SlopeCalculus
import Testing

/// Guide 3(ii)(b): 200 seeded random points for each of nine functions, Dual and `.extrapolated` against closed
/// forms of the derivative evaluated in `Double` (themselves within about 2 ulp).
@Suite struct PropertySweepTests {
  /// A fixed linear congruential generator, so the points are the same on every run and machine.
  private struct SeededPoints: Sequence, IteratorProtocol {
    var state: UInt64
    let lower: Double
    let upper: Double
    var remaining = 200

    mutating func next() -> Double? {
      guard remaining > 0 else { return nil }
      remaining -= 1
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return lower + (upper - lower) * Double(state >> 11) / Double(1 << 53)
    }
  }

  private struct Case {
    var name: String
    var lower: Double
    var upper: Double
    var value: (Double) -> Double
    var dual: (Dual) -> Dual
    var derivative: (Double) -> Double
  }

  private let cases: [Case] = [
    Case(name: "exp", lower: -5, upper: 5, value: { exp($0) }, dual: { exp($0) }, derivative: { exp($0) }),
    Case(name: "sin", lower: -6, upper: 6, value: { sin($0) }, dual: { sin($0) }, derivative: { cos($0) }),
    Case(name: "log", lower: 0.01, upper: 50, value: { log($0) }, dual: { log($0) }, derivative: { 1 / $0 }),
    Case(
      name: "sin·exp",
      lower: -4,
      upper: 4,
      value: { sin($0) * exp($0) },
      dual: { sin($0) * exp($0) },
      derivative: { exp($0) * (sin($0) + cos($0)) }
    ),
    Case(name: "1/x", lower: 0.1, upper: 10, value: { 1 / $0 }, dual: { 1 / $0 }, derivative: { -1 / ($0 * $0) }),
    Case(
      name: "tanh",
      lower: -4,
      upper: 4,
      value: { tanh($0) },
      dual: { tanh($0) },
      derivative: { 1 / (cosh($0) * cosh($0)) }
    ),
    Case(
      name: "sigmoid",
      lower: -8,
      upper: 8,
      value: { 1 / (1 + exp(-$0)) },
      dual: { 1 / (1 + exp(-$0)) },
      derivative: { exp(-$0) / ((1 + exp(-$0)) * (1 + exp(-$0))) }
    ),
    Case(name: "2x²", lower: -10, upper: 10, value: { 2 * $0 * $0 }, dual: { 2 * $0 * $0 }, derivative: { 4 * $0 }),
    Case(name: "x³", lower: -5, upper: 5, value: { $0 * $0 * $0 }, dual: { $0 * $0 * $0 }, derivative: { 3 * $0 * $0 }),
  ]

  @Test func dualAgreesWithClosedFormsEverywhere() {
    for (index, test) in cases.enumerated() {
      for x in SeededPoints(state: UInt64(index + 1), lower: test.lower, upper: test.upper) {
        let exact = test.derivative(x)
        let scale = max(abs(test.value(x)), abs(exact), 1)
        let result = test.dual(.variable(x))
        // 4 ulp for the engine, 2 more for the closed form's own rounding.
        #expect(abs(result.derivative - exact) <= 6 * Double.ulpOfOne * scale, "\(test.name) at \(x)")
        #expect(result.value == test.value(x))
      }
    }
  }

  @Test func extrapolatedAgreesWithClosedFormsEverywhere() {
    for (index, test) in cases.enumerated() {
      for x in SeededPoints(state: UInt64(index + 100), lower: test.lower, upper: test.upper) {
        let exact = test.derivative(x)
        let delta = min(0.1, abs(x) / 10)
        let estimate = numericalDerivative(of: test.value, at: x, delta: delta, method: .extrapolated)
        let scale = max(abs(test.value(x)), abs(exact), 1)
        let reference = abs(exact) >= 1e-2 * scale ? abs(exact) : scale
        #expect(abs(estimate - exact) <= 1e-12 * reference, "\(test.name) at \(x): \(estimate) vs \(exact)")
      }
    }
  }
}
