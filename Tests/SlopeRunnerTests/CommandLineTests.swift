import Foundation
import Testing

/// The built executable, end to end: help, version, and every way input can be unusable.
@Suite struct CommandLineTests {
  private let prose = "# Prose only\n\nA paragraph with *emphasis*.\n\n- a list\n- of items\n"

  @Test func helpAndVersion() throws {
    let help = try SlopeProcess.run(["--help"])
    #expect(help.status == 0)
    #expect(help.output.contains("USAGE: slope <subcommand>"))
    #expect(help.output.contains("run"))
    #expect(help.output.contains("check"))
    let version = try SlopeProcess.run(["--version"])
    #expect(version.status == 0)
    #expect(version.output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
  }

  @Test func proseRoundTripsOnStandardOutput() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("prose.md", prose)
    let result = try SlopeProcess.run(["run", path])
    #expect(result.status == 0)
    #expect(result.output == prose)
    #expect(result.error.isEmpty)
  }

  @Test func htmlPageHasTheFirstHeadingAsTitle() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("prose.md", prose + "\n<div>raw</div>\n")
    let safe = try SlopeProcess.run(["run", "--to", "html", path])
    #expect(safe.status == 0)
    #expect(safe.output.contains("<title>Prose only</title>"))
    #expect(safe.output.contains("<em>emphasis</em>"))
    #expect(safe.output.contains("<!-- raw HTML omitted -->"))
    #expect(!safe.output.contains("https://"), "the page needs no network")
    let unsafe = try SlopeProcess.run(["run", "--to", "html", "--unsafe", path])
    #expect(unsafe.output.contains("<div>raw</div>"))
  }

  @Test func outputFolderMirrorsTheInputAndIndexesIt() throws {
    let input = try TemporaryFolder()
    try input.write("a.md", "# Alpha\n")
    try input.write("part/b.md", "# Beta\n")
    try input.write("notes.txt", "not a notebook")
    let output = try TemporaryFolder()
    let markdown = try SlopeProcess.run(["run", input.url.path, "--output", output.url.path])
    #expect(markdown.status == 0)
    #expect(output.read("a.md") == Array("# Alpha\n".utf8))
    #expect(output.read("part/b.md") == Array("# Beta\n".utf8))
    #expect(!output.exists("notes.txt"))
    let html = try SlopeProcess.run(["run", input.url.path, "--to", "html", "--output", output.url.path])
    #expect(html.status == 0)
    let index = String(decoding: output.read("index.html") ?? [], as: UTF8.self)
    #expect(index.contains("<a href=\"a.html\">Alpha</a>"))
    #expect(index.contains("<a href=\"part/b.html\">Beta</a>"))
  }

  @Test func invalidUTF8IsAnErrorWithTheByteOffsetAndNothingIsWritten() throws {
    let folder = try TemporaryFolder()
    let bytes = Array("# Title\n\nok\n".utf8) + [0xFF, 0x0A]
    let path = try folder.write("bad.md", bytes: bytes)
    let result = try SlopeProcess.run(["run", path, "--in-place"])
    #expect(result.status == 2)
    #expect(result.error == "\(path):4:1: error: the file is not valid UTF-8 (invalid byte at offset 12)\n")
    #expect(folder.read("bad.md") == bytes)
    let toFolder = try SlopeProcess.run(["run", path, "--output", folder.path("out")])
    #expect(toFolder.status == 2)
    #expect(!folder.exists("out/bad.md"))
  }

  @Test func oneBadNotebookStopsTheWholeBatchBeforeAnythingIsWritten() throws {
    let folder = try TemporaryFolder()
    try folder.write("in/good.md", "# Good\n")
    try folder.write("in/bad.md", bytes: [0xC3])
    let result = try SlopeProcess.run(["run", folder.path("in"), "--output", folder.path("out")])
    #expect(result.status == 2)
    #expect(!folder.exists("out/good.md"))
  }

  @Test(arguments: [
    (["run", "missing.md"], "missing.md: error: no such file or folder\n"),
    (["check", "missing.md"], "missing.md: error: no such file or folder\n"),
  ])
  func missingFile(arguments: [String], message: String) throws {
    let folder = try TemporaryFolder()
    let result = try SlopeProcess.run(arguments, in: folder.url)
    #expect(result.status == 2)
    #expect(result.error == message)
  }

  @Test func folderWithoutNotebooks() throws {
    let folder = try TemporaryFolder()
    try folder.write("empty/readme.txt", "nothing")
    let result = try SlopeProcess.run(["run", "empty"], in: folder.url)
    #expect(result.status == 2)
    #expect(result.error == "empty: error: the folder holds no notebooks (*.md files)\n")
  }

  @Test func unwritableOutputFolder() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("n.md", prose)
    try folder.write("blocker", "a file where a folder should be")
    let result = try SlopeProcess.run(["run", path, "--output", folder.path("blocker/out")])
    #expect(result.status == 2)
    #expect(result.error.hasPrefix(folder.path("blocker/out") + ": error: "))
    #expect(result.error.split(separator: "\n").count == 1)
  }

  @Test func outputFolderInsideTheInputFolderIsRefused() throws {
    let folder = try TemporaryFolder()
    try folder.write("docs/n.md", prose)
    let result = try SlopeProcess.run(["run", "docs", "--output", "docs/out"], in: folder.url)
    #expect(result.status == 2)
    #expect(result.error.contains("inside the input folder"))
    #expect(!folder.exists("docs/out"))
  }

  @Test func inPlaceWithHTMLIsRefused() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("n.md", prose)
    let result = try SlopeProcess.run(["run", path, "--in-place", "--to", "html"])
    #expect(result.status == 2)
    #expect(result.error.contains("--in-place"))
    #expect(folder.read("n.md") == Array(prose.utf8))
  }

  @Test func severalNotebooksCannotShareStandardOutput() throws {
    let folder = try TemporaryFolder()
    try folder.write("d/a.md", "# A\n")
    try folder.write("d/b.md", "# B\n")
    let result = try SlopeProcess.run(["run", "d"], in: folder.url)
    #expect(result.status == 2)
    #expect(result.error.contains("standard output"))
  }

  @Test func unknownBlockOptionStopsTheNotebook() throws {
    let folder = try TemporaryFolder()
    let text = "# T\n\n```swift hid\nprint(1)\n```\n"
    let path = try folder.write("n.md", text)
    let result = try SlopeProcess.run(["run", path, "--in-place"])
    #expect(result.status == 2)
    #expect(result.error == "\(path):3:1: error: unknown block option 'hid'; did you mean 'hide'?\n")
    #expect(folder.read("n.md") == Array(text.utf8))
  }

  @Test func timeoutEndsOnlyTheRunawayBlock() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(
      "n.md",
      "```swift\nvar i = 0\nwhile true { i += 1 }\n```\n\n```swift\nprint(\"next\")\n```\n"
    )
    let result = try SlopeProcess.run(["run", path, "--timeout", "0.5"])
    #expect(result.status == 1)
    #expect(result.error.contains("error: time limit exceeded"))
    #expect(result.output.contains("```output\nnext\n```"), "the next block still runs")
  }

  @Test func duplicateAndUnsafeIDsStopTheNotebook() throws {
    let folder = try TemporaryFolder()
    let text = "```swift id=a\n1\n```\n\n```swift id=a\n2\n```\n\n```swift id=../x\n3\n```\n"
    let path = try folder.write("n.md", text)
    let result = try SlopeProcess.run(["run", path, "--in-place"])
    #expect(result.status == 2)
    #expect(
      result.error == """
        \(path):5:1: error: duplicate block id 'a' (first used on line 1)
        \(path):9:1: error: invalid block id '../x': use only letters, digits, '_' and '-'

        """
    )
    #expect(folder.read("n.md") == Array(text.utf8))
  }

  @Test func otherTemplatesCanBeGiven() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("n.md", "# Mine\n")
    try folder.write("t/page.mustache", "<title>{{title}}</title>{{{body}}}")
    try folder.write("t/index.mustache", "index")
    try folder.write("t/style.css", "")
    let result = try SlopeProcess.run(["run", path, "--to", "html", "--templates", folder.path("t")])
    #expect(result.status == 0)
    #expect(result.output == "<title>Mine</title><h1>Mine</h1>\n")
  }

  @Test func aNotebookThatIsAFolderIsReadAsAFolder() throws {
    let folder = try TemporaryFolder()
    try FileManager.default.createDirectory(atPath: folder.path("odd.md"), withIntermediateDirectories: true)
    let result = try SlopeProcess.run(["run", "odd.md"], in: folder.url)
    #expect(result.status == 2)
    #expect(result.error == "odd.md: error: the folder holds no notebooks (*.md files)\n")
  }

  @Test func badCommandLineIsExitStatusTwo() throws {
    let result = try SlopeProcess.run(["run", "--to", "pdf", "x.md"])
    #expect(result.status == 2)
    let shard = try SlopeProcess.run(["check", "--shard", "3/2", "x.md"])
    #expect(shard.status == 2)
  }
}
