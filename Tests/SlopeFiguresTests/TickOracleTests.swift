import Foundation
import Testing

@testable import SlopeFigures

/// The tick oracles of the calculus-and-figures guide (§2a and §2b), measured with matplotlib 3.11.2.
@Suite struct TickOracleTests {
  private func expectClose(_ actual: Double, _ expected: Double, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(
      abs(actual - expected) <= 1e-9 * max(1, abs(expected)),
      "\(actual) != \(expected)",
      sourceLocation: sourceLocation
    )
  }

  private func steps(_ from: Double, _ to: Double, by step: Double) -> [Double] {
    let count = Int(((to - from) / step).rounded())
    return (0...count).map { index in (DecimalValue(from)! + DecimalValue(step)!.times(index)!)!.doubleValue }
  }

  @Test func linearPlotOfTwoX() {
    let x = AxisLayout(dataMinimum: 0, dataMaximum: 4)
    let y = AxisLayout(dataMinimum: 0, dataMaximum: 8)
    expectClose(x.lower, -0.2)
    expectClose(x.upper, 4.2)
    expectClose(y.lower, -0.4)
    expectClose(y.upper, 8.4)
    #expect(x.tickValues == steps(-0.5, 4.5, by: 0.5))
    #expect(x.tickLabels == ["−0.5", "0.0", "0.5", "1.0", "1.5", "2.0", "2.5", "3.0", "3.5", "4.0", "4.5"])
    #expect(x.ticks.map(\.label) == ["0.0", "0.5", "1.0", "1.5", "2.0", "2.5", "3.0", "3.5", "4.0"])
    #expect(y.tickValues == steps(-1, 9, by: 1))
    #expect(y.tickLabels == ["−1", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"])
  }

  @Test func parabolaOnRangeFive() {
    let y = AxisLayout(dataMinimum: 0, dataMaximum: 32)
    expectClose(y.lower, -1.6)
    expectClose(y.upper, 33.6)
    #expect(y.tickValues == steps(-5, 35, by: 5))
    #expect(y.ticks.map(\.label) == ["0", "5", "10", "15", "20", "25", "30"])
  }

  @Test func denseParabola() {
    let x = AxisLayout(dataMinimum: 0, dataMaximum: 4.999)
    let y = AxisLayout(dataMinimum: 0, dataMaximum: 2 * 4.999 * 4.999)
    expectClose(x.lower, -0.24995)
    expectClose(x.upper, 5.24895)
    expectClose(y.lower, -2.4990001)
    expectClose(y.upper, 52.4790021)
    #expect(x.tickValues == steps(-1, 6, by: 1))
    #expect(y.tickValues == steps(-10, 60, by: 10))
  }

  @Test func reluOnMinusOneToOne() {
    let x = AxisLayout(dataMinimum: -1, dataMaximum: 1)
    let y = AxisLayout(dataMinimum: 0, dataMaximum: 1)
    expectClose(x.lower, -1.1)
    expectClose(x.upper, 1.1)
    #expect(x.tickValues == steps(-1.25, 1.25, by: 0.25))
    #expect(x.ticks.first?.label == "−1.00")
    #expect(x.ticks.map(\.label) == ["−1.00", "−0.75", "−0.50", "−0.25", "0.00", "0.25", "0.50", "0.75", "1.00"])
    #expect(y.tickValues == steps(-0.2, 1.2, by: 0.2))
    // matplotlib's raw value here is 0.4000000000000001; the label and value must be the decimal 0.4.
    #expect(y.tickValues.contains(0.4))
    #expect(y.ticks.map(\.label) == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
  }

  @Test func sineOverOnePeriod() {
    let x = AxisLayout(dataMinimum: 0, dataMaximum: 2 * Double.pi)
    let y = AxisLayout(dataMinimum: -1, dataMaximum: 1)
    #expect(x.tickValues == steps(-1, 7, by: 1))
    #expect(y.tickValues == steps(-1.25, 1.25, by: 0.25))
  }

  @Test func offsetForLargeValuesWithSmallSpread() {
    let x = AxisLayout(dataMinimum: 1e6, dataMaximum: 1e6 + 10)
    #expect(x.tickLabels == ["−2", "0", "2", "4", "6", "8", "10", "12"])
    #expect(x.tickValues.first == 1e6 - 2)
    #expect(x.offsetText == "+1e6")
    #expect(x.asciiOffsetText == "+1e6")
  }

  @Test func multiplierForMicroValues() {
    let y = AxisLayout(dataMinimum: 0, dataMaximum: 1e-6)
    #expect(y.tickLabels == ["−0.2", "0.0", "0.2", "0.4", "0.6", "0.8", "1.0", "1.2"])
    #expect(y.offsetText == "1e−6")
    #expect(y.asciiOffsetText == "1e-6")
  }

  /// §2b, the matplotlib AutoLocator column: ticks for a view range as given (no margins).
  @Test(arguments: [
    (0.0, 4.0, 0.0, 4.0, 0.5),
    (0.0, 32.0, 0.0, 35.0, 5.0),
    (0.0, 1.0, 0.0, 1.0, 0.2),
    (-3.7, 12.2, -4.0, 14.0, 2.0),
  ])
  func autoLocatorOnPlainRanges(lower: Double, upper: Double, first: Double, last: Double, step: Double) {
    let ticks = LinearTickLocator().ticks(lower: lower, upper: upper).map(\.doubleValue)
    #expect(ticks == steps(first, last, by: step))
  }
}
