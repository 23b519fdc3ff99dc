import Foundation
import Testing

/// Golden files under `Tests/SlopeRunnerTests/Fixtures/expected/`.
///
/// A missing or different golden fails. `SLOPE_RECORD_GOLDENS=1 swift test` (or `make goldens`)
/// writes the actual bytes instead, and still fails so that the new files are reviewed in the diff.
enum Golden {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

  static var recording: Bool { ProcessInfo.processInfo.environment["SLOPE_RECORD_GOLDENS"] == "1" }

  static func expect(_ actual: [UInt8], matches name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = fixtures.appendingPathComponent("expected").appendingPathComponent(name)
    let expected = FileManager.default.contents(atPath: url.path).map([UInt8].init)
    if recording {
      try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      FileManager.default.createFile(atPath: url.path, contents: Data(actual))
      Issue.record("recorded new golden \(name)", sourceLocation: sourceLocation)
      return
    }
    guard let expected else {
      Issue.record("missing golden \(name); record it with SLOPE_RECORD_GOLDENS=1", sourceLocation: sourceLocation)
      return
    }
    guard actual != expected else { return }
    // Name the first differing line rather than printing both files.
    let actualLines = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let expectedLines = String(decoding: expected, as: UTF8.self).split(
      separator: "\n",
      omittingEmptySubsequences: false
    )
    let line =
      zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(actualLines.count, expectedLines.count)
    let expectedLine = line < expectedLines.count ? String(expectedLines[line].prefix(200)) : "<end of file>"
    let actualLine = line < actualLines.count ? String(actualLines[line].prefix(200)) : "<end of file>"
    Issue.record(
      "differs from golden \(name) at line \(line + 1):\n  expected: \(expectedLine)\n  actual:   \(actualLine)",
      sourceLocation: sourceLocation
    )
  }

  static func expect(_ actual: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    expect(Array(actual.utf8), matches: name, sourceLocation: sourceLocation)
  }

  /// A fixture notebook's path.
  static func notebook(_ name: String) -> String {
    fixtures.appendingPathComponent("notebooks").appendingPathComponent(name).path
  }
}
