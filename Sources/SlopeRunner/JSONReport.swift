import Foundation
import SlopeDocument

/// The `--to json` form of a run: the machine interface, documented in the README.
///
/// Field names are fixed by the specification; fields may be added, never renamed.
struct JSONReport: Encodable {
  struct Block: Encodable {
    var line: Int
    var options: [String]
    var output: String
    var error: ErrorInfo?
    var figures: [FigureInfo]

    enum CodingKeys: String, CodingKey {
      case line, options, output, error, figures
    }

    func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(line, forKey: .line)
      try container.encode(options, forKey: .options)
      try container.encode(output, forKey: .output)
      // `error` is always present: `null` when the block ran without one.
      try container.encode(error, forKey: .error)
      try container.encode(figures, forKey: .figures)
    }
  }

  struct ErrorInfo: Encodable {
    var message: String
    var line: Int
    var column: Int
  }

  struct FigureInfo: Encodable {
    var format: String
    var content: String
  }

  var path: String
  var title: String?
  var blocks: [Block]

  init(execution: NotebookExecution, path: String) {
    self.path = path
    self.title = execution.document.title
    self.blocks = execution.blocks.map { result in
      let code = result.block.code
      var error: ErrorInfo?
      // A figure that cannot be drawn fails the block as an error of its code does.
      if let blockError = result.outcome?.error ?? result.drawingError {
        let location = result.location(of: blockError)
        error = ErrorInfo(message: blockError.message, line: location.line, column: location.column)
      }
      return Block(
        line: code.start.line,
        options: result.block.options.words,
        output: result.outcome?.output ?? "",
        error: error,
        figures: result.figures.map { FigureInfo(format: $0.format.rawValue, content: $0.content) }
      )
    }
  }

  /// The report as JSON text, keys in a fixed order, ending with a newline.
  func encoded(pretty: Bool) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(self) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
