import SlopeDocument

/// A notebook read and parsed, ready to run.
public struct LoadedNotebook: Sendable {
  public var input: NotebookInput
  public var document: MarkdownDocument
}

/// Reads and parses notebooks, refusing the whole batch when any of them cannot be used, so that a bad
/// file never leaves a half-written set of outputs.
enum NotebookLoader {
  /// The notebooks, or every problem found when any notebook cannot be used.
  static func load(_ inputs: [NotebookInput]) -> Result<[LoadedNotebook], RunnerProblems> {
    var loaded: [LoadedNotebook] = []
    var problems: [RunnerError] = []
    for input in inputs {
      do {
        let bytes = try FileWriter.read(input.path)
        let document = try MarkdownDocument(bytes: bytes)
        if document.diagnostics.isEmpty {
          loaded.append(LoadedNotebook(input: input, document: document))
        } else {
          problems += document.diagnostics.map { diagnostic in
            RunnerError(path: input.path, location: diagnostic.location.description, message: diagnostic.message)
          }
        }
      } catch let error as RunnerError {
        problems.append(error)
      } catch let error as DocumentError {
        problems.append(RunnerError(path: input.path, location: error.location.description, message: error.description))
      } catch {
        problems.append(RunnerError(path: input.path, message: "\(error)"))
      }
    }
    return problems.isEmpty ? .success(loaded) : .failure(RunnerProblems(errors: problems))
  }
}

/// Every problem that makes a batch unusable, reported together.
struct RunnerProblems: Error {
  var errors: [RunnerError]
}
