import Foundation
import Testing

/// `slope run` on a fixture notebook that uses every block option, in every format, against goldens.
@Suite struct RunGoldenTests {
  /// A copy of the fixture notebook in a fresh folder, so runs can write beside it.
  private func copyOfOptionsNotebook() throws -> (TemporaryFolder, String) {
    let folder = try TemporaryFolder()
    let text = try String(contentsOfFile: Golden.notebook("options.md"), encoding: .utf8)
    return (folder, try folder.write("options.md", text))
  }

  @Test func markdownWithSVGFigureFiles() throws {
    let (folder, path) = try copyOfOptionsNotebook()
    let result = try SlopeProcess.run(["run", path, "--output", folder.path("out")])
    #expect(result.status == 0)
    #expect(result.error.isEmpty)
    Golden.expect(folder.read("out/options.md") ?? [], matches: "options.md")
    Golden.expect(folder.read("out/options.figures/parabola.svg") ?? [], matches: "options.figures/parabola.svg")
    let figures = try FileManager.default.contentsOfDirectory(atPath: folder.path("out/options.figures"))
    #expect(figures == ["parabola.svg"])
  }

  @Test(arguments: ["ascii", "unicode"])
  func markdownWithTextFiguresOnStandardOutput(format: String) throws {
    let (folder, path) = try copyOfOptionsNotebook()
    let result = try SlopeProcess.run(["run", path, "--figures", format])
    #expect(result.status == 0)
    Golden.expect(result.output, matches: "options.\(format).md")
    withExtendedLifetime(folder) {}
  }

  @Test func html() throws {
    let (folder, path) = try copyOfOptionsNotebook()
    defer { withExtendedLifetime(folder) {} }
    let result = try SlopeProcess.run(["run", path, "--to", "html"])
    #expect(result.status == 0)
    #expect(!result.output.contains("func square"), "a hide block's source is left out")
    #expect(result.output.contains("<svg"), "SVG figures are inline")
    Golden.expect(result.output, matches: "options.html")
  }

  @Test func json() throws {
    let (folder, path) = try copyOfOptionsNotebook()
    let result = try SlopeProcess.run(["run", "options.md", "--to", "json"], in: folder.url)
    #expect(result.status == 0)
    Golden.expect(result.output, matches: "options.json")
    let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
    let blocks = object?["blocks"] as? [[String: Any]] ?? []
    #expect(object?["path"] as? String == "options.md")
    #expect(blocks.count == 10, "every calculation block is listed, no-run ones too")
    #expect(blocks.allSatisfy { Set($0.keys).isSuperset(of: ["line", "options", "output", "error", "figures"]) })
    #expect(FileManager.default.fileExists(atPath: path))
  }

  @Test func inPlaceTwiceIsIdempotentAndChecksClean() throws {
    let (folder, path) = try copyOfOptionsNotebook()
    #expect(try SlopeProcess.run(["run", path, "--in-place"]).status == 0)
    let once = folder.read("options.md")
    let svg = folder.read("options.figures/parabola.svg")
    #expect(try SlopeProcess.run(["run", path, "--in-place"]).status == 0)
    #expect(folder.read("options.md") == once)
    #expect(folder.read("options.figures/parabola.svg") == svg)
    let check = try SlopeProcess.run(["check", path])
    #expect(check.status == 0)
    #expect(check.error == "Checked 1 notebook, 9 blocks: all match (\(check.error.split(separator: "(").last ?? "")")
  }

  @Test func staleFiguresAreRemovedButOthersAreKept() throws {
    let (folder, path) = try copyOfOptionsNotebook()
    #expect(try SlopeProcess.run(["run", path, "--in-place"]).status == 0)
    try folder.write("options.figures/mine.svg", "<svg>the author's own file</svg>")
    let text = String(decoding: folder.read("options.md") ?? [], as: UTF8.self)
    try folder.write("options.md", text.replacingOccurrences(of: "id=parabola\n", with: "id=curve\n"))
    #expect(try SlopeProcess.run(["run", path, "--in-place"]).status == 0)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path("options.figures")).sorted()
    #expect(names == ["curve.svg", "mine.svg"])
  }
}
