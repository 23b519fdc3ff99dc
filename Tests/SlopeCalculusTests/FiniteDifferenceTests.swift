import Foundation
import SlopeCalculus
import Testing

/// The tutorial's numbers (oracles O1–O7, O12) and the accuracy of each difference method.
@Suite struct FiniteDifferenceTests {
  private let book: (Double) -> Double = { x in 2 * x * x }

  @Test func oracleO1TheTutorialsForwardDifference() {
    #expect("\(numericalDerivative(of: book, at: 1))" == "4.0001999999987845")
    #expect(numericalDerivative(of: book, at: 1, delta: 0.0001, method: .forward) == 4.0001999999987845)
  }

  @Test func oracleO2TheTutorialsLoop() {
    let printed = (0...4).map { "\(numericalDerivative(of: book, at: Double($0)))" }
    #expect(
      printed == [
        "0.00019999999999999998", "4.0001999999987845", "8.000199999998785", "12.000199999998785",
        "16.000200000016548",
      ]
    )
  }

  @Test func oracleO3TangentLineIntercepts() {
    let printed = (0...4).map { index -> String in
      let x = Double(index)
      let slope = numericalDerivative(of: book, at: x)
      let x2 = x + 0.0001
      return "\(book(x2) - slope * x2)"
    }
    #expect(
      printed == ["0.0", "-2.0001999999987845", "-8.00039999999757", "-18.000599999996357", "-32.00080000006619"]
    )
  }

  @Test func oracleO4PointPairs() {
    let printed = [1.0, 2, 4].map { x in "(\(x), \(book(x))) (\(x + 0.0001), \(book(x + 0.0001)))" }
    #expect(
      printed == [
        "(1.0, 2.0) (1.0001, 2.00040002)", "(2.0, 8.0) (2.0001, 8.000800020000002)",
        "(4.0, 32.0) (4.0001, 32.00160002)",
      ]
    )
  }

  @Test func oracleO5DividingByHInsteadOfTheSpacingDiffers() {
    let h = 0.0001
    #expect("\((book(1 + h) - book(1)) / h)" == "4.000199999998344")
    #expect(numericalDerivative(of: book, at: 1) != (book(1 + h) - book(1)) / h)
  }

  @Test func oracleO6CentralDifferences() {
    // O6 divides by 2h; the spec's `.central` divides by the spacing (x + h) - (x - h), which moves the last
    // digits, as O5 does for the forward formula. Both are pinned here.
    let h = 0.0001
    #expect("\((book(1 + h) - book(1 - h)) / (2 * h))" == "3.9999999999984492")
    #expect("\((book(2 + h) - book(2 - h)) / (2 * h))" == "8.000000000008")
    #expect("\(numericalDerivative(of: book, at: 1, method: .central))" == "3.9999999999988898")
    #expect("\(numericalDerivative(of: book, at: 2, method: .central))" == "8.0")
  }

  @Test func oracleO7BookSlopes() {
    let slope: (Double, Double) -> Double = { a, b in (book(b) - book(a)) / (b - a) }
    #expect("\(slope(0, 1)) \(slope(1, 2)) \(slope(0, 2))" == "2.0 6.0 4.0")
  }

  @Test func oracleO12SineAtOne() {
    // O12's forward difference divides by h, like O5; the spec's order (divide by x2 - x) gives other digits.
    let h = 0.0001
    #expect("\(cos(1.0))" == "0.5403023058681398")
    #expect("\((sin(1 + h) - sin(1)) / h)" == "0.5402602314186211")
    #expect("\(numericalDerivative(of: { sin($0) }, at: 1))" == "0.5402602314186806")
  }

  @Test func oracleO13DoublesPrintTheShortestRoundTripForm() {
    let printed = [1e-05, 2e-08, 1e+16, 1_000_000_000_000_000.0, 0.1 + 0.2, -0.0, .nan, .infinity].map { "\($0)" }
    #expect(printed == ["1e-05", "2e-08", "1e+16", "1000000000000000.0", "0.30000000000000004", "-0.0", "nan", "inf"])
  }

  @Test func backwardMirrorsForward() {
    let x = 1.0
    let x1 = x - 0.0001
    #expect(numericalDerivative(of: book, at: 1, method: .backward) == (book(x) - book(x1)) / (x - x1))
  }

  @Test func extrapolatedStaysInTheDomainOfLog() {
    var farthest = 0.0
    let estimate = numericalDerivative(
      of: { t in
        farthest = max(farthest, abs(t - 0.001))
        return log(t)
      },
      at: 0.001,
      method: .extrapolated
    )
    #expect(abs(estimate - 1000) <= 1e-12 * 1000)
    #expect(farthest <= 0.0001)
    // Guide 3(ii)(e): within 1e-9. With the default step, rounding bounds any method to about 1e-16·|f|/delta.
    #expect(abs(numericalDerivative(of: { 1 / $0 }, at: 0.5, method: .extrapolated) + 4) <= 4e-9)
  }

  @Test func extrapolatedWithTheDefaultStepIsLimitedByRoundingOnly() {
    let cases: [((Double) -> Double, Double, Double)] = [
      ({ exp($0) }, 1, exp(1.0)), ({ sin($0) }, 1, cos(1.0)), (book, 1, 4),
      ({ tanh($0) }, 0.5, 1 - tanh(0.5) * tanh(0.5)),
    ]
    for (f, x, exact) in cases {
      let result = extrapolatedDerivative(of: f, at: x)
      // Rounding alone allows about 1e-16·|f|/delta; ask for ten times that.
      let bound = 10 * Double.ulpOfOne * max(abs(f(x)), 1) / 0.0001
      #expect(abs(result.estimate - exact) <= bound)
      #expect(result.errorEstimate < 1e-9 && result.evaluations <= 24)
      // A wider step reaches the 1e-12 level (numdifftools' default uses steps near 2).
      let wide = numericalDerivative(of: f, at: x, delta: 0.1, method: .extrapolated)
      #expect(abs(wide - exact) <= 1e-12 * abs(exact))
    }
  }

  /// Median relative error over smooth functions and points, for each step 10^-1 … 10^-14.
  private func medianErrors(_ method: DifferenceMethod) -> [Double] {
    let functions: [((Double) -> Double, (Double) -> Double)] = [
      ({ exp($0) }, { exp($0) }), ({ sin($0) }, { cos($0) }),
      ({ sin($0) * exp($0) }, { exp($0) * (sin($0) + cos($0)) }),
    ]
    let points = (0..<16).map { 0.5 + Double($0) / 10 }
    return (1...14).map { k in
      let h = pow(10, -Double(k))
      var errors: [Double] = []
      for (f, exact) in functions {
        for x in points {
          let estimate = numericalDerivative(of: f, at: x, delta: h, method: method)
          errors.append(abs(estimate - exact(x)) / max(abs(f(x)), abs(exact(x)), 1))
        }
      }
      return errors.sorted()[errors.count / 2]
    }
  }

  @Test func errorAgainstStepHasTheTheoreticalShape() {
    let forward = medianErrors(.forward)
    let forwardBest = forward.indices.min { forward[$0] < forward[$1] } ?? 0
    #expect((7...9).contains(forwardBest + 1), "forward bottoms out at 1e-\(forwardBest + 1): \(forward)")
    #expect(forward[forwardBest] > 1e-10 && forward[forwardBest] < 1e-7)
    #expect(forward[0] > 1e4 * forward[forwardBest] && forward[13] > 1e4 * forward[forwardBest])

    let central = medianErrors(.central)
    let centralBest = central.indices.min { central[$0] < central[$1] } ?? 0
    #expect((5...6).contains(centralBest + 1), "central bottoms out at 1e-\(centralBest + 1): \(central)")
    #expect(central[centralBest] > 1e-13 && central[centralBest] < 1e-10)
    #expect(central[0] > 1e4 * central[centralBest] && central[13] > 1e4 * central[centralBest])
    // The book's step: forward about 5e-5, central about 2e-9.
    #expect(forward[3] > 1e-6 && forward[3] < 1e-4)
    #expect(central[3] > 1e-10 && central[3] < 1e-8)
  }
}
