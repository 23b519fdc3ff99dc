import SlopeDocument
import SlopeLanguage

/// The standard-error lines for the blocks that fail a notebook: `PATH:LINE:COLUMN: error: MESSAGE`.
enum FailureReport {
  static func messages(for execution: NotebookExecution, path: String) -> [String] {
    execution.blocks.compactMap { result in
      guard let failure = result.failure else { return nil }
      let code = result.block.code
      switch failure {
      case .unexpectedError(let error):
        let location = result.location(of: error)
        return "\(path):\(location): error: \(error.message)"
      case .missingExpectedError:
        return "\(path):\(code.start): error: the block is marked expect-error but ran without an error"
      }
    }
  }
}
