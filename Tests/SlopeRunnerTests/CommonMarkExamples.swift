import Foundation
import Testing

/// One example of the CommonMark specification's test suite.
struct CommonMarkExample: Sendable, CustomTestStringConvertible {
  var number: Int
  var section: String
  var markdown: String
  var html: String

  var testDescription: String { "example \(number) (\(section))" }

  /// Reads the examples of a `spec.txt` file: blocks between a line of 32 backticks followed by
  /// `example` and a line of 32 backticks, Markdown and HTML separated by a line holding `.`, with
  /// `→` standing for a tab.
  static func parse(_ text: String) -> [CommonMarkExample] {
    let fence = String(repeating: "`", count: 32)
    var examples: [CommonMarkExample] = []
    var section = ""
    var current: [String]?
    var number = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if current == nil, line.hasPrefix("#") {
        section = line.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces)
      }
      if line == fence + " example" {
        current = []
      } else if line == fence, let lines = current {
        number += 1
        let separator = lines.firstIndex(of: ".") ?? lines.endIndex
        let markdown = lines[..<separator].map { $0 + "\n" }.joined()
        let html = lines[min(separator + 1, lines.endIndex)...].map { $0 + "\n" }.joined()
        examples.append(
          CommonMarkExample(
            number: number,
            section: section,
            markdown: markdown.replacingOccurrences(of: "→", with: "\t"),
            html: html.replacingOccurrences(of: "→", with: "\t")
          )
        )
        current = nil
      } else if current != nil {
        current?.append(String(line))
      }
    }
    return examples
  }

  /// The full suite when the shared specification is present beside the project, else nothing.
  static let fullSuite: [CommonMarkExample] = {
    let environment = ProcessInfo.processInfo.environment["SLOPE_COMMONMARK_SPEC"]
    let path = environment ?? projectRoot.appendingPathComponent("../shared/data/commonmark-spec-0.30.txt").path
    guard let data = FileManager.default.contents(atPath: path) else { return [] }
    return parse(String(decoding: data, as: UTF8.self))
  }()

  /// The examples copied into the project, so that a clone alone still tests them.
  static let selected: [CommonMarkExample] = {
    guard let url = Bundle.module.url(forResource: "Fixtures/commonmark-selected", withExtension: "txt"),
      let data = try? Data(contentsOf: url)
    else { return [] }
    return parse(String(decoding: data, as: UTF8.self))
  }()

  static var projectRoot: URL {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url
  }
}
