import Foundation
import SlopeLanguage
import Testing

/// One program of the conformance corpus (`Corpus/run` or `Corpus/fail`) with its expectations.
struct CorpusProgram: CustomTestStringConvertible, Sendable {
  let kind: String
  let name: String
  let directory: URL

  var testDescription: String { "\(kind)/\(name)" }

  var source: String { read("swift") ?? "" }
  var expectedOutput: String { read("out") ?? "" }
  var expectedError: String? { read("err")?.trimmingCharacters(in: .newlines) }

  private func read(_ fileExtension: String) -> String? {
    try? String(contentsOf: directory.appendingPathComponent("\(name).\(fileExtension)"), encoding: .utf8)
  }

  /// Every program of the corpus, in a stable order.
  static func all() -> [CorpusProgram] {
    guard let root = Bundle.module.url(forResource: "Corpus", withExtension: nil) else { return [] }
    var programs: [CorpusProgram] = []
    // Programs that are not valid Swift syntax sit in a hidden folder, which `swift format` skips.
    for (kind, folder) in [("run", "run"), ("fail", "fail"), ("fail", "fail/.unparsable")] {
      let directory = root.appendingPathComponent(folder)
      let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
      for file in files.sorted() where file.hasSuffix(".swift") {
        programs.append(CorpusProgram(kind: kind, name: String(file.dropLast(6)), directory: directory))
      }
    }
    return programs
  }
}

/// An expected error line: `LINE:COLUMN: MESSAGE` for a compile error, `LINE: MESSAGE` for a trap.
struct ExpectedError: Equatable {
  let line: Int
  let column: Int?
  let message: String

  init?(_ text: String) {
    let parts = text.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
    guard parts.count >= 2, let line = Int(parts[0]) else { return nil }
    self.line = line
    if parts.count == 3, let column = Int(parts[1]) {
      self.column = column
      message = parts[2].trimmingCharacters(in: .whitespaces)
    } else {
      column = nil
      message = parts.dropFirst().joined(separator: ":").trimmingCharacters(in: .whitespaces)
    }
  }
}

@Test func corpusIsPresent() {
  #expect(CorpusProgram.all().count > 100)
}

@Test(arguments: CorpusProgram.all())
func corpusProgram(_ program: CorpusProgram) throws {
  let outcome = Session().run(program.source, firstLine: 1)
  #expect(outcome.output == program.expectedOutput)
  if program.kind == "run" {
    #expect(outcome.error == nil, "unexpected error: \(outcome.error?.rendered ?? "")")
    return
  }
  let expected = try #require(program.expectedError.flatMap(ExpectedError.init), "a fail program needs a .err line")
  let error = try #require(outcome.error, "expected the error: \(expected.message)")
  #expect(error.message == expected.message)
  #expect(error.line == expected.line)
  if let column = expected.column {
    #expect(error.column == column)
  }
}
