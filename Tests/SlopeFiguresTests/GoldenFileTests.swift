import Foundation
import Testing

@testable import SlopeFigures

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Golden files: every figure of ``GoldenFigures`` as SVG, ASCII and Unicode text in `Fixtures/`.
///
/// A missing or different golden fails. To regenerate them after an intended change, run
///
///     SLOPE_RECORD_GOLDENS=1 swift test --filter SlopeFiguresTests
///
/// which writes the files next to this source file and then fails each test with "recorded new golden";
/// run the tests again without the variable to see them pass, and review the diff before committing.
@Suite struct GoldenFileTests {
  static let names: [String] = (try? GoldenFigures.all().map(\.name)) ?? []

  private static var fixturesInSource: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
  }

  private static var fixturesInBundle: URL? {
    Bundle.module.url(forResource: "Fixtures", withExtension: nil)
  }

  static func renderings(of figure: Figure, name: String) throws -> [(file: String, text: String)] {
    [
      ("\(name).svg", try SVGRenderer(id: "figure-\(name)").render(figure)),
      ("\(name).ascii.txt", try TextRenderer(mode: .ascii).render(figure)),
      ("\(name).unicode.txt", try TextRenderer(mode: .unicode).render(figure)),
    ]
  }

  private func figure(named name: String) throws -> Figure {
    try #require(try GoldenFigures.all().first { $0.name == name }).figure
  }

  private func expectGolden(_ text: String, file: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    if ProcessInfo.processInfo.environment["SLOPE_RECORD_GOLDENS"] == "1" {
      try FileManager.default.createDirectory(at: Self.fixturesInSource, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: Self.fixturesInSource.appendingPathComponent(file))
      Issue.record("recorded new golden \(file)", sourceLocation: sourceLocation)
      return
    }
    let url = try #require(Self.fixturesInBundle, "no Fixtures folder in the test bundle").appendingPathComponent(file)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      Issue.record("missing golden \(file); record it with SLOPE_RECORD_GOLDENS=1", sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    if expected != text {
      let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let actualLines = text.split(separator: "\n", omittingEmptySubsequences: false)
      let first =
        zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(expectedLines.count, actualLines.count)
      let want = first < expectedLines.count ? String(expectedLines[first]) : "<end>"
      let got = first < actualLines.count ? String(actualLines[first]) : "<end>"
      Issue.record(
        "\(file) differs at line \(first + 1):\n  golden: \(want)\n  actual: \(got)",
        sourceLocation: sourceLocation
      )
    }
  }

  @Test(arguments: names)
  func goldenRenderings(name: String) throws {
    let figure = try figure(named: name)
    for (file, text) in try Self.renderings(of: figure, name: name) {
      try expectGolden(text, file: file)
    }
  }

  @Test(arguments: names)
  func renderingTwiceGivesIdenticalBytes(name: String) throws {
    let figure = try figure(named: name)
    let first = try Self.renderings(of: figure, name: name).map(\.text)
    let second = try Self.renderings(of: try self.figure(named: name), name: name).map(\.text)
    #expect(first == second)
  }

  @Test func atLeastTwelveGoldenFigures() {
    #expect(Self.names.count >= 12)
  }

  /// Every golden SVG on disk parses as well-formed XML.
  @Test func goldenSVGsAreWellFormedXML() throws {
    let folder = try #require(Self.fixturesInBundle)
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".svg") }
      .sorted()
    #expect(files.count >= 12)
    for file in files {
      let data = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent(file).path))
      let parser = XMLParser(data: data)
      let parsed = parser.parse()
      #expect(parsed, "\(file): \(parser.parserError.map(String.init(describing:)) ?? "not well-formed")")
    }
  }

  @Test(arguments: names)
  func textRenderingsAreClean(name: String) throws {
    let figure = try figure(named: name)
    for mode in [TextRenderer.Mode.ascii, .unicode] {
      let text = try TextRenderer(mode: mode).render(figure)
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        #expect(line.last != " ", "trailing space in \(name) \(mode): \(line)")
        #expect(!line.contains("\u{1b}"), "colour code in \(name)")
        #expect(!line.contains("\u{2800}"), "blank braille used as padding in \(name)")
      }
      if mode == .ascii {
        let userText = [figure.title, figure.xLabel, figure.yLabel] + figure.series.map(\.label)
        if userText.allSatisfy({ $0?.allSatisfy(\.isASCII) ?? true }) {
          let isASCII = text.unicodeScalars.allSatisfy(\.isASCII)
          #expect(isASCII, "non-ASCII output in \(name)")
        }
      }
    }
  }
}
