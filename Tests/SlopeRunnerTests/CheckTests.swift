import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// `slope check` against notebooks rendered by `slope run`.
@Suite struct CheckTests {
  private let notebook = """
    # Checked

    ```swift
    let x = 0.1 + 0.2
    print(x)
    ```

    Text between.

    ```swift
    print("two")
    print(2 * 3)
    ```

    """

  private func renderedNotebook() throws -> (TemporaryFolder, String) {
    let folder = try TemporaryFolder()
    let path = try folder.write("n.md", notebook)
    #expect(try SlopeProcess.run(["run", path, "--in-place"]).status == 0)
    return (folder, path)
  }

  private func edit(_ folder: TemporaryFolder, replacing old: String, with new: String) throws {
    let text = String(decoding: folder.read("n.md") ?? [], as: UTF8.self)
    #expect(text.contains(old))
    try folder.write("n.md", text.replacingOccurrences(of: old, with: new))
  }

  @Test func freshlyRenderedNotebookPasses() throws {
    let (folder, path) = try renderedNotebook()
    let before = folder.read("n.md")
    let result = try SlopeProcess.run(["check", path])
    #expect(result.status == 0)
    #expect(result.error.hasPrefix("Checked 1 notebook, 2 blocks: all match ("))
    #expect(folder.read("n.md") == before, "check writes nothing")
  }

  @Test func anEditedOutputFailsWithFileLineAndDiff() throws {
    let (folder, path) = try renderedNotebook()
    try edit(folder, replacing: "two\n6\n", with: "two\n7\n")
    let result = try SlopeProcess.run(["check", path, "--quiet"])
    #expect(result.status == 1)
    #expect(
      result.error == """
        \(path):19: error: the recorded output differs from what the block now produces
        --- recorded
        +++ actual
        @@ -1,4 +1,4 @@
         ```output
         two
        -7
        +6
         ```

        """
    )
  }

  @Test func githubAnnotations() throws {
    let (folder, path) = try renderedNotebook()
    try edit(folder, replacing: "two\n6\n", with: "two\n7\n")
    let result = try SlopeProcess.run(["check", path, "--format", "github", "--quiet"])
    #expect(result.status == 1)
    #expect(result.error.hasPrefix("::error file=\(path),line=19::the recorded output differs"))
    #expect(result.error.contains("%0A-7%0A+6%0A"))
  }

  @Test func junitReportHasOneCasePerBlock() throws {
    let (folder, path) = try renderedNotebook()
    try edit(folder, replacing: "two\n6\n", with: "two\n7\n")
    let report = folder.path("report.xml")
    let result = try SlopeProcess.run(["check", path, "--junit", report, "--quiet"])
    #expect(result.status == 1)
    let xml = String(decoding: folder.read("report.xml") ?? [], as: UTF8.self)
    #expect(xml.components(separatedBy: "<testcase ").count - 1 == 2)
    #expect(xml.components(separatedBy: "<failure ").count - 1 == 1)
    #expect(xml.contains("-7\n+6"))
    #expect(XMLParser(data: Data(xml.utf8)).parse(), "the report is well-formed XML")
  }

  @Test func floatToleranceComparesNumbersByValue() throws {
    let (folder, path) = try renderedNotebook()
    try edit(folder, replacing: "0.30000000000000004", with: "0.3")
    #expect(try SlopeProcess.run(["check", path, "-q"]).status == 1)
    #expect(try SlopeProcess.run(["check", path, "-q", "--float-tolerance", "1e-12"]).status == 0)
    #expect(try SlopeProcess.run(["check", path, "-q", "--float-tolerance", "1e-18"]).status == 1)
  }

  @Test func anUnrecordedBlockSaysToRunInPlace() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("n.md", notebook)
    let result = try SlopeProcess.run(["check", path, "-q"])
    #expect(result.status == 1)
    #expect(
      result.error.contains(
        "\(path):3: error: the block's output is not recorded yet; run `slope run --in-place \(path)`"
      )
    )
  }

  @Test func aBlockThatNowFailsIsReported() throws {
    let (folder, path) = try renderedNotebook()
    try edit(folder, replacing: "print(2 * 3)", with: "print(undefined)")
    let result = try SlopeProcess.run(["check", path, "-q"])
    #expect(result.status == 1)
    #expect(result.error.hasPrefix("\(path):16: error: the block ended in an error: cannot find 'undefined' in scope"))
  }

  @Test func shardsAreDisjointAndCoverTheFolder() throws {
    let folder = try TemporaryFolder()
    // Created in an order unrelated to their names.
    for index in [7, 2, 9, 0, 4, 1, 8, 3, 6, 5] {
      try folder.write("docs/n\(index).md", "# N\(index)\n\n```swift\nprint(\(index))\n```\n")
    }
    #expect(try SlopeProcess.run(["run", "docs/n0.md", "--in-place"], in: folder.url).status == 0)
    var seen: [String] = []
    for shard in 1...3 {
      let result = try SlopeProcess.run(["check", "docs", "--shard", "\(shard)/3", "--format", "json"], in: folder.url)
      let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
      let failures = object?["failures"] as? [[String: Any]] ?? []
      seen += failures.compactMap { $0["path"] as? String }
      // n0 is recorded, so it passes wherever it lands.
      let notebooks = result.error.split(separator: " ")[1]
      #expect(Int(notebooks) ?? 0 >= 3)
    }
    #expect(seen.sorted() == (1...9).map { "docs/n\($0).md" })
    #expect(Set(seen).count == seen.count)
  }

  @Test func outputIsTheSameWhateverTheParallelism() throws {
    let folder = try TemporaryFolder()
    for index in 0..<12 {
      try folder.write("many/n\(index).md", "# N\n\n```swift\nprint(\(index))\n```\n\n```output\nwrong\n```\n")
    }
    let one = try SlopeProcess.run(["check", "many", "--jobs", "1", "-q"], in: folder.url)
    let four = try SlopeProcess.run(["check", "many", "--jobs", "4", "-q"], in: folder.url)
    #expect(one.status == 1)
    #expect(one.error == four.error)
    #expect(one.error.components(separatedBy: ": error: ").count - 1 == 12)
  }
}
