import Foundation
import Testing

@testable import SlopeFigures

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Data at the edges of what a double can hold still gives a well-formed figure with labelled ticks.
@Suite struct ExtremeValueTests {
  static let cases: [(String, [Double], [Double])] = [
    ("origin only", [0], [0]),
    ("vertical line", [1, 1, 1], [0, 1, 2]),
    ("huge magnitudes", [0, 1e300], [-1e300, 1e300]),
    ("tiny magnitudes", [1e-300, 2e-300], [5e-310, 1e-309]),
    ("largest finite", [-Double.greatestFiniteMagnitude, Double.greatestFiniteMagnitude], [0, 1]),
    ("offset beyond Int", [1e17, 1e17 + 64], [1, 2]),
    ("negative zero", [-0.0, 0.0], [-0.0, 1]),
    ("long decimals", [0.1, 0.2, 0.30000000000000004], [1.000000001, 1.000000002, 1.000000003]),
  ]

  @Test(arguments: cases.indices)
  func rendersWithoutCrashing(index: Int) throws {
    let (name, xs, ys) = Self.cases[index]
    let figure = Figure(series: [Series(kind: .line, x: xs, y: ys, label: name)])
    let layout = try FigureLayout(figure)
    #expect(layout.x.lower.isFinite && layout.x.upper.isFinite, "\(name)")
    #expect(layout.x.lower < layout.x.upper, "\(name)")
    #expect(layout.y.lower < layout.y.upper, "\(name)")
    #expect(!layout.x.ticks.isEmpty, "\(name): no x ticks")
    #expect(!layout.y.ticks.isEmpty, "\(name): no y ticks")
    for tick in layout.x.ticks + layout.y.ticks {
      #expect(!tick.label.contains("0000000000"), "\(name): noisy label \(tick.label)")
    }
    let svg = SVGRenderer(id: "extreme").render(layout)
    let parsed = XMLParser(data: Data(svg.utf8)).parse()
    #expect(parsed, "\(name)")
    #expect(!svg.contains("nan") && !svg.contains("inf"), "\(name)")
    _ = TextRenderer(mode: .unicode).render(layout)
    _ = TextRenderer(mode: .ascii).render(layout)
  }
}

extension ExtremeValueTests {
  @Test func logAxesAtTheEdgesOfDoubles() throws {
    for (low, high) in [(5e-324, 1e-300), (1e300, Double.greatestFiniteMagnitude), (1.0, 1.0)] {
      var figure = Figure(series: [Series(kind: .line, x: [low, high], y: [low, high])])
      figure.xScale = .log10
      figure.yScale = .log10
      let layout = try FigureLayout(figure)
      #expect(!layout.y.ticks.isEmpty, "\(low)...\(high)")
      _ = SVGRenderer().render(layout)
      _ = TextRenderer().render(layout)
    }
  }
}
