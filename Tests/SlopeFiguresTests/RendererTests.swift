import Foundation
import Testing

@testable import SlopeFigures

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct ErrorTests {
  @Test func emptyFigureIsAnError() {
    #expect(throws: FigureError.noSeries) { try SVGRenderer().render(Figure()) }
    #expect(throws: FigureError.noSeries) { try TextRenderer().render(Figure()) }
    #expect(FigureError.noSeries.description.contains("no data"))
  }

  @Test func emptySeriesIsAnError() {
    let figure = Figure(series: [Series(kind: .line, x: [], y: [], label: "nothing")])
    #expect(throws: FigureError.emptySeries(index: 0, label: "nothing")) { try SVGRenderer().render(figure) }
    #expect(throws: FigureError.emptySeries(index: 0, label: "nothing")) {
      try TextRenderer(mode: .ascii).render(figure)
    }
  }

  @Test func mismatchedLengthsAreAnError() {
    let figure = Figure(series: [Series(kind: .scatter, x: [1, 2, 3], y: [1, 2])])
    #expect(throws: FigureError.mismatchedLengths(index: 0, label: nil, xCount: 3, yCount: 2)) {
      try FigureLayout(figure)
    }
  }

  @Test func allNonFiniteIsAnError() {
    let figure = Figure(series: [Series(kind: .line, x: [1, 2], y: [.nan, .infinity])])
    #expect(throws: FigureError.noFiniteData(axis: "x or y")) { try FigureLayout(figure) }
    var log = Figure(series: [Series(kind: .line, x: [1, 2], y: [0, -1])])
    log.yScale = .log10
    #expect(throws: FigureError.noFiniteData(axis: "x or y")) { try FigureLayout(log) }
  }

  @Test func unknownColourInASeriesIsAnError() {
    let figure = Figure(series: [Series(kind: .line, x: [1], y: [1], color: "grurple")])
    #expect(throws: FigureError.unknownColor("grurple")) { try SVGRenderer().render(figure) }
  }

  @Test func invalidFixedLimitsAreAnError() {
    var figure = GoldenFigures.tutorialLine()
    figure.yScale = .log10
    figure.yLimits = -1...10
    #expect(throws: FigureError.invalidLimits(axis: "y", lower: -1, upper: 10)) { try FigureLayout(figure) }
  }
}

@Suite struct SVGTests {
  @Test func longLinesAreSimplifiedAndSmall() throws {
    let svg = try SVGRenderer(id: "dense").render(GoldenFigures.denseSine())
    #expect(svg.utf8.count < 200_000)
    let path = try #require(svg.split(separator: "\n").first { $0.hasPrefix("<path class=\"line c0\"") })
    let points = path.split(separator: " ").count  // one space per point after the first
    #expect(points < 4_000)
    #expect(points > 500)
  }

  @Test func idsAndSelectorsAreScopedToTheFigure() throws {
    let svg = try SVGRenderer(id: "block 7/plot").render(GoldenFigures.tutorialLine())
    #expect(svg.contains("id=\"block-7-plot\""))
    #expect(svg.contains("#block-7-plot .bg{"))
    #expect(svg.contains("clip-path=\"url(#block-7-plot-clip)\""))
    #expect(!svg.contains("{fill:var(--slope-figure-background,#fff)}#figure"))
    let style = try #require(svg.split(separator: "\n").first { $0.hasPrefix("<style>") })
    // Every rule (and the media block's rules) starts with the figure's id.
    let selectors = style.dropFirst("<style>".count).split(separator: "}").map { $0.split(separator: "{").first ?? "" }
    for selector in selectors where !selector.isEmpty && !selector.hasPrefix("@media") && selector != "</style>" {
      #expect(selector.hasPrefix("#block-7-plot"), "unscoped selector \(selector)")
    }
    #expect(XMLText.identifier("3") == "figure-3")
    #expect(XMLText.identifier("") == "figure")
  }

  @Test func accessibleTitleAndDescription() throws {
    let svg = try SVGRenderer(id: "f").render(GoldenFigures.tutorialParabola())
    #expect(svg.contains("role=\"img\""))
    #expect(svg.contains("aria-labelledby=\"f-title f-desc\""))
    #expect(svg.contains("<title id=\"f-title\">Line chart</title>"))
    #expect(svg.contains("y from 0 to 32"))
    #expect(svg.contains("x axis −0.2 to 4.2"))
    #expect(svg.contains("@media (prefers-color-scheme:dark)"))
    #expect(!svg.contains("-0 "))
  }

  @Test func textIsEscaped() throws {
    let figure = Figure(
      series: [Series(kind: .line, x: [0, 1], y: [0, 1], label: "a < b & \"c\"\u{1}")],
      title: "<script>"
    )
    let svg = try SVGRenderer(id: "esc").render(figure)
    #expect(svg.contains("&lt;script&gt;"))
    #expect(svg.contains("a &lt; b &amp; &quot;c&quot;\u{fffd}"))
    let parsed = XMLParser(data: Data(svg.utf8)).parse()
    #expect(parsed)
  }

  @Test func legendOnlyWithLabels() throws {
    #expect(!(try SVGRenderer().render(GoldenFigures.tutorialLine())).contains("class=\"legend\""))
    #expect(try SVGRenderer().render(GoldenFigures.scatter()).contains("class=\"legend\""))
  }

  @Test func legendAvoidsTheData() throws {
    // A rising line leaves the upper left and lower right empty; matplotlib's order picks upper left.
    let figure = Figure(series: [Series(kind: .line, x: [0, 10], y: [0, 10], label: "rising")])
    let svg = try SVGRenderer(id: "l").render(figure)
    #expect(svg.contains("<rect class=\"legend-frame\" x=\"86.94\" y=\"64.54\""))
  }

  @Test func nearBlackSeriesTurnLightInDarkMode() throws {
    let figure = Figure(series: [Series(kind: .line, x: [0, 1], y: [0, 1], color: "k")])
    let svg = try SVGRenderer(id: "k").render(figure)
    #expect(svg.contains("@media (prefers-color-scheme:dark){#k{color:var(--slope-figure-ink,#e0e0e0)}"))
    #expect(svg.contains("#k .c0{stroke:#e0e0e0}"))
  }
}

@Suite struct TextRendererTests {
  @Test func textAndSVGShowTheSameTicks() throws {
    let figure = try GoldenFigures.tangentLines()
    let layout = try FigureLayout(figure)
    let text = TextRenderer(mode: .ascii).render(layout)
    let svg = SVGRenderer(id: "t").render(layout)
    for tick in layout.y.ticks {
      #expect(svg.contains(">\(tick.label)</text>"))
      #expect(text.contains(tick.asciiLabel + " +"))
    }
  }

  @Test func defaultPlotAreaIsSixtyBySixteen() throws {
    let text = try TextRenderer(mode: .ascii).render(GoldenFigures.tutorialLine())
    let lines = text.split(separator: "\n")
    let top = try #require(lines.first { $0.contains("+---") })
    #expect(top.trimmingCharacters(in: .whitespaces).count == 62)
    #expect(lines.filter { $0.hasSuffix("|") }.count == 16)
  }

  @Test func asciiGlyphsCycleBySeries() {
    #expect(TextRenderer.asciiGlyphs == ["*", "#", "+", "o", "x", "@"])
  }
}

@Suite struct ConvenienceTests {
  @Test func figureRendersItself() throws {
    let figure = GoldenFigures.tutorialLine()
    #expect(try figure.svg(id: "a") == SVGRenderer(id: "a").render(figure))
    #expect(try figure.text(.ascii) == TextRenderer(mode: .ascii).render(figure))
    #expect(try figure.text() == TextRenderer(mode: .unicode).render(figure))
  }
}
