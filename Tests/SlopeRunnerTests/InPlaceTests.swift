import Foundation
import Testing

/// `--in-place` rewrites a notebook atomically, and running twice changes nothing.
@Suite struct InPlaceTests {
  private func notebook(blocks: Int, wordsPerParagraph: Int = 12) -> String {
    let paragraph = Array(repeating: "words", count: wordsPerParagraph).joined(separator: " ")
    var text = "# Many blocks\n\n"
    for index in 0..<blocks {
      text += "Paragraph \(index): \(paragraph).\n\n"
      text += "```swift\nprint(\(index))\n```\n\n"
    }
    return text
  }

  @Test func runningTwiceEqualsRunningOnce() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("n.md", notebook(blocks: 3))
    _ = try SlopeProcess.run(["run", path, "--in-place"])
    let once = folder.read("n.md")
    _ = try SlopeProcess.run(["run", path, "--in-place"])
    #expect(folder.read("n.md") == once)
    let printed = try SlopeProcess.run(["run", path])
    #expect(Array(printed.output.utf8) == once)
  }

  @Test func checkWritesNothing() throws {
    let folder = try TemporaryFolder()
    let text = notebook(blocks: 2)
    let path = try folder.write("n.md", text)
    _ = try SlopeProcess.run(["check", path])
    #expect(folder.read("n.md") == Array(text.utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["n.md"])
  }

  /// Kills `slope run --in-place` at many moments during its work: the file is always either the old
  /// notebook or the finished new one, and no temporary file is left beside it but the one being written.
  @Test func interruptedWriteLeavesTheOldOrTheNewFile() throws {
    let folder = try TemporaryFolder()
    // Large enough (about 12 MB) that killing the process lands in the middle of its work.
    let original = Array(notebook(blocks: 200, wordsPerParagraph: 10_000).utf8)
    let path = try folder.write("n.md", bytes: original)
    _ = try SlopeProcess.run(["run", path, "--in-place"])
    let finished = try #require(folder.read("n.md"))
    #expect(finished != original)
    for attempt in 0..<12 {
      try folder.write("n.md", bytes: original)
      let process = Process()
      process.executableURL = SlopeProcess.executable
      process.arguments = ["run", path, "--in-place"]
      process.standardError = FileHandle.nullDevice
      try process.run()
      usleep(useconds_t(attempt * 50_000))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let now = try #require(folder.read("n.md"))
      #expect(now == original || now == finished, "attempt \(attempt) left a mixed file")
    }
  }
}
