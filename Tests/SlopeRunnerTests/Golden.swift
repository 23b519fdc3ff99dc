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
    #expect(
      actual == expected,
      "differs from golden \(name):\n\(String(decoding: actual, as: UTF8.self))",
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
