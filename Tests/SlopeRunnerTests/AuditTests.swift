import Foundation
import Testing

/// End-to-end cases found by auditing the built `slope` against notebook.md: each was wrong once.
@Suite struct AuditTests {
  private let figureNotebook = """
    # Figures

    ```swift
    plot([0, 1, 2], [0, 1, 4])
    ```

    """

  @Test func outputWithoutAFinalNewlineChecks() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("n.md", "```swift\nprint(\"a\", terminator: \"\")\nprint(\"b\\rc\")\n```\n")
    #expect(try SlopeProcess.run(["run", path, "--in-place"]).status == 0)
    #expect(String(decoding: folder.read("n.md") ?? [], as: UTF8.self).hasSuffix("```output\nab\nc\n```\n"))
    let check = try SlopeProcess.run(["check", path, "--quiet"])
    #expect(check.status == 0, "\(check.error)")
  }

  @Test(arguments: [["--figures", "ascii"], ["--figures", "unicode"], []])
  func checkComparesFiguresInTheFormatTheNotebookRecords(figureOptions: [String]) throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("n.md", figureNotebook)
    #expect(try SlopeProcess.run(["run", path, "--in-place"] + figureOptions).status == 0)
    let check = try SlopeProcess.run(["check", path, "--quiet"])
    #expect(check.status == 0, "\(check.error)")
  }

  @Test func markdownWrittenToStandardOutputChecks() throws {
    // Standard output has nowhere to put SVG files, so its figures are ASCII; check accepts them.
    let folder = try TemporaryFolder()
    let path = try folder.write("n.md", figureNotebook)
    let run = try SlopeProcess.run(["run", path])
    #expect(run.output.contains("```figure\n"))
    let written = try folder.write("written.md", run.output)
    let check = try SlopeProcess.run(["check", written, "--quiet"])
    #expect(check.status == 0, "\(check.error)")
  }

  @Test func severalNotebooksOfAFolderAreOneCompactJSONObjectPerLine() throws {
    let folder = try TemporaryFolder()
    try folder.write("in/a.md", "```swift\nprint(1)\n```\n")
    try folder.write("in/b.md", "```swift\nprint(2)\n```\n")
    let result = try SlopeProcess.run(["run", folder.path("in"), "--to", "json", "--quiet"])
    #expect(result.status == 0)
    let lines = result.output.split(separator: "\n")
    #expect(lines.count == 2)
    for (line, name) in zip(lines, ["a.md", "b.md"]) {
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      #expect((object["path"] as? String)?.hasSuffix(name) == true)
    }
  }

  @Test func aFigureParagraphDoesNotSwallowTheTextAfterIt() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("n.md", "```swift\nplot([0, 1], [1, 2])\n```\nRight after.\n")
    #expect(try SlopeProcess.run(["run", path, "--in-place"]).status == 0)
    let once = folder.read("n.md")
    #expect(try SlopeProcess.run(["run", path, "--in-place"]).status == 0)
    #expect(folder.read("n.md") == once)
    #expect(try SlopeProcess.run(["check", path, "--quiet"]).status == 0)
  }

  @Test func anUnclosedLastBlockIsClosedAndRunsTwiceTheSame() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("n.md", "# T\n\n```swift\nprint(\"last\")")
    #expect(try SlopeProcess.run(["run", path, "--in-place"]).status == 0)
    let once = folder.read("n.md")
    #expect(once == Array("# T\n\n```swift\nprint(\"last\")\n```\n\n```output\nlast\n```".utf8))
    #expect(try SlopeProcess.run(["run", path, "--in-place"]).status == 0)
    #expect(folder.read("n.md") == once)
  }

  @Test func twoFiguresOfOneNameAreAnError() throws {
    let folder = try TemporaryFolder()
    let text = "```swift\nplot([1, 2], [1, 2])\n```\n\n```swift id=block-1\nplot([1, 2], [2, 1])\n```\n"
    let path = try folder.write("n.md", text)
    let result = try SlopeProcess.run(["run", path, "--in-place"])
    #expect(result.status == 1)
    #expect(
      result.error
        == "\(path):6:1: error: cannot name figure 1 'block-1': another figure of this notebook has that name; "
        + "give the block an id of its own\n"
    )
  }

  @Test func aFailedBatchCreatesNoOutputFolder() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("n.md", "```swift hid\n```\n")
    let result = try SlopeProcess.run(["run", path, "--output", folder.path("out")])
    #expect(result.status == 2)
    #expect(!folder.exists("out"))
  }

  @Test func inPlaceKeepsTheNotebooksPermissions() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("n.md", "```swift\nprint(1)\n```\n")
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
    #expect(try SlopeProcess.run(["run", path, "--in-place"]).status == 0)
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o640)
  }

  @Test func aChangedFigureFileIsReportedWithADiffAndWithoutADotSlash() throws {
    let folder = try TemporaryFolder()
    try folder.write("n.md", figureNotebook)
    #expect(try SlopeProcess.run(["run", "n.md", "--in-place"], in: folder.url).status == 0)
    let svg = String(decoding: folder.read("n.figures/block-1.svg") ?? [], as: UTF8.self)
    try folder.write("n.figures/block-1.svg", svg.replacingOccurrences(of: "<title", with: "<title class=\"x\""))
    let result = try SlopeProcess.run(["check", "n.md", "--quiet"], in: folder.url)
    #expect(result.status == 1)
    #expect(
      result.error.hasPrefix(
        "n.md:7: error: the figure file n.figures/block-1.svg differs from the figure the block now draws\n"
          + "--- n.figures/block-1.svg\n+++ actual\n@@ "
      )
    )
    #expect(result.error.contains("\n-<title class=\"x\""))
  }

  @Test func aFigureThatCannotBeNamedIsTheBlocksErrorInJSON() throws {
    let folder = try TemporaryFolder()
    let text = "```swift\nplot([1, 2], [1, 2])\n```\n\n```swift id=block-1\nplot([1, 2], [2, 1])\n```\n"
    let path = try folder.write("n.md", text)
    let result = try SlopeProcess.run(["run", path, "--to", "json"])
    #expect(result.status == 1)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    let blocks = try #require(object["blocks"] as? [[String: Any]])
    #expect(blocks[0]["error"] is NSNull)
    let error = try #require(blocks[1]["error"] as? [String: Any])
    #expect((error["message"] as? String)?.hasPrefix("cannot name figure 1 'block-1'") == true)
    #expect(error["line"] as? Int == 6)
  }

  @Test func hideWorksAfterATabToo() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("n.md", "```swift\thide\nlet secret = 42\nprint(\"shown\")\n```\n")
    let result = try SlopeProcess.run(["run", path, "--to", "html"])
    #expect(result.status == 0)
    #expect(!result.output.contains("secret"))
    #expect(result.output.contains("shown"))
  }
}
