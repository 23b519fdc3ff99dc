import Testing

@testable import SlopeFigures

@Suite struct ColorTests {
  @Test func matplotlibLettersAreNotCSS() throws {
    #expect(try FigureColor(parsing: "g").hexString == "#008000")
    #expect(try FigureColor(parsing: "c").hexString == "#00bfbf")
    #expect(try FigureColor(parsing: "k").hexString == "#000000")
    #expect(try FigureColor(parsing: "cyan").hexString == "#00ffff")
  }

  @Test func cssHexTableauAndCycleNames() throws {
    #expect(try FigureColor(parsing: "Orange").hexString == "#ffa500")
    #expect(try FigureColor(parsing: "#1F77B4").hexString == "#1f77b4")
    #expect(try FigureColor(parsing: "#0f8").hexString == "#00ff88")
    #expect(try FigureColor(parsing: "tab:orange").hexString == "#ff7f0e")
    #expect(try FigureColor(parsing: "C2").hexString == "#2ca02c")
    #expect(FigureColor.tab10.map(\.hexString).first == "#1f77b4")
  }

  @Test func unknownColourIsAClearError() {
    #expect(throws: FigureError.unknownColor("blurple")) { try Figure.validateColor("blurple") }
    #expect(throws: FigureError.unknownColor("#12345")) { try Figure.validateColor("#12345") }
    #expect(FigureError.unknownColor("blurple").description.hasPrefix("unknown colour \"blurple\""))
  }
}

@Suite struct TickLabelTests {
  @Test func hugeRangeUsesACommonPowerOfTen() {
    let axis = AxisLayout(dataMinimum: 0, dataMaximum: 1e12)
    #expect(axis.ticks.map(\.label) == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
    #expect(axis.offsetText == "1e12")
  }

  @Test func tinyRangeUsesAPowerOfTen() {
    let axis = AxisLayout(dataMinimum: 0, dataMaximum: 1e-9)
    #expect(axis.ticks.map(\.label) == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
    #expect(axis.offsetText == "1e−9")
  }

  @Test func tinySpreadNearOneUsesOffsetAndPower() {
    let axis = AxisLayout(dataMinimum: 1, dataMaximum: 1 + 1e-9)
    #expect(axis.ticks.map(\.label) == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
    #expect(axis.offsetText == "1e−9+1")
  }

  @Test func constantIsWidenedByFivePercent() {
    let axis = AxisLayout(dataMinimum: 3, dataMaximum: 3)
    #expect(abs(axis.lower - 2.835) < 1e-12)
    #expect(abs(axis.upper - 3.165) < 1e-12)
    #expect(axis.ticks.map(\.label) == ["2.85", "2.90", "2.95", "3.00", "3.05", "3.10", "3.15"])
  }

  @Test func zeroConstantGetsASymmetricRange() {
    let axis = AxisLayout(dataMinimum: 0, dataMaximum: 0)
    #expect(abs(axis.lower + 0.055) < 1e-12)
    #expect(axis.ticks.contains { $0.label == "0.00" })
  }

  @Test func logAxisTicksArePowersOfTen() {
    let axis = AxisLayout(dataMinimum: 1e-10, dataMaximum: 1e-2, scale: .log10)
    #expect(axis.ticks.map(\.label) == ["10⁻¹⁰", "10⁻⁹", "10⁻⁸", "10⁻⁷", "10⁻⁶", "10⁻⁵", "10⁻⁴", "10⁻³", "10⁻²"])
    #expect(axis.ticks.map(\.asciiLabel).last == "1e-2")
  }

  @Test func manyDecadesAreStrided() {
    let axis = AxisLayout(dataMinimum: 1e-16, dataMaximum: 1, scale: .log10)
    #expect(axis.ticks.count <= 9)
    #expect(axis.ticks.count >= 5)
  }

  @Test func narrowLogRangeFallsBackToOneTwoFive() {
    let axis = AxisLayout(dataMinimum: 2, dataMaximum: 30, scale: .log10)
    #expect(axis.ticks.map(\.label) == ["2", "5", "10", "20"])
  }

  @Test func decimalsNeverShowBinaryNoise() {
    let value = DecimalValue(significand: 3, exponent: -1)
    #expect(value.formatted(decimals: 1) == "0.3")
    #expect(DecimalValue(0.1 + 0.2)?.formatted(decimals: 2) == "0.30")
    #expect(DecimalValue(significand: -25, exponent: -2).formatted(decimals: 2) == "−0.25")
    #expect(
      DecimalValue(significand: 125, exponent: -3).rounded(toDecimals: 2) == DecimalValue(significand: 12, exponent: -2)
    )
  }
}
