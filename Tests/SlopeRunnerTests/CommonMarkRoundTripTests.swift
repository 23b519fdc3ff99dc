import SlopeDocument
import Testing

@testable import SlopeRunner

/// Slope must never change a byte of prose: every CommonMark example comes back from `slope run` as it
/// went in, and its HTML body is what libcmark renders.
@Suite struct CommonMarkRoundTripTests {
  private func execute(_ example: CommonMarkExample) throws -> NotebookExecution {
    let document = try MarkdownDocument(bytes: Array(example.markdown.utf8))
    return NotebookExecution(document: document, stem: "example", settings: ExecutionSettings())
  }

  private func checkRoundTrip(_ example: CommonMarkExample) throws {
    let execution = try execute(example)
    #expect(execution.markdown == Array(example.markdown.utf8))
    let body = HTMLBody(execution: execution)
    #expect(body.render(unsafe: true) == example.html)
    #expect(body.render(unsafe: true) == HTMLRenderer.render(Array(example.markdown.utf8), unsafe: true))
    #expect(body.render(unsafe: false) == HTMLRenderer.render(Array(example.markdown.utf8), unsafe: false))
  }

  @Test(
    "Every example of the shared CommonMark 0.30 suite",
    .enabled(if: !CommonMarkExample.fullSuite.isEmpty, "the shared CommonMark specification is not beside the project"),
    arguments: CommonMarkExample.fullSuite
  )
  func fullSuite(_ example: CommonMarkExample) throws {
    try checkRoundTrip(example)
  }

  @Test("The full suite has all 652 examples", .enabled(if: !CommonMarkExample.fullSuite.isEmpty))
  func fullSuiteIsComplete() {
    #expect(CommonMarkExample.fullSuite.count == 652)
  }

  @Test("Examples kept in the project", arguments: CommonMarkExample.selected)
  func selectedExamples(_ example: CommonMarkExample) throws {
    try checkRoundTrip(example)
  }

  @Test func projectKeepsItsOwnExamples() {
    #expect(CommonMarkExample.selected.count >= 100)
  }
}
