import Foundation
import Mustache
import SlopeDocument
import SlopeLanguage

/// Builds self-contained HTML pages from the templates in `Templates/`.
public struct HTMLPageBuilder: Sendable {
  private let library: MustacheLibrary
  private let stylesheet: String

  /// Loads the page templates and stylesheet.
  ///
  /// - Parameter folder: A folder holding `page.mustache`, `index.mustache` and `style.css`; `nil`
  ///   uses the project's `Templates/` folder.
  public init(templatesFolder folder: String? = nil) throws(RunnerError) {
    let base = folder ?? Self.projectTemplatesFolder
    var library = MustacheLibrary()
    for name in ["page", "index"] {
      let path = base + "/\(name).mustache"
      guard let data = FileManager.default.contents(atPath: path) else {
        throw RunnerError(path: path, message: "cannot read the page template")
      }
      do {
        try library.register(String(decoding: data, as: UTF8.self), named: name)
      } catch {
        throw RunnerError(path: path, message: "the template does not parse: \(error)")
      }
    }
    guard let css = FileManager.default.contents(atPath: base + "/style.css") else {
      throw RunnerError(path: base + "/style.css", message: "cannot read the stylesheet")
    }
    self.library = library
    self.stylesheet = String(decoding: css, as: UTF8.self)
  }

  /// `Templates/` of the source tree Slope was built from: the templates are the project's files,
  /// editable without rebuilding.
  static var projectTemplatesFolder: String {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("Templates").path
  }

  /// The page for one notebook.
  public func page(for execution: NotebookExecution, sourcePath: String?, unsafe: Bool) -> String {
    let body = HTMLBody(execution: execution).render(unsafe: unsafe)
    let context: [String: Any] = [
      "title": execution.document.title ?? execution.stem,
      "stylesheet": stylesheet,
      "body": body,
      "version": SlopeVersion.current,
      "source": sourcePath ?? false,
    ]
    return library.render(context, withTemplate: "page") ?? ""
  }

  /// The index page linking every notebook of a folder.
  public func index(title: String, entries: [(title: String, href: String, path: String)]) -> String {
    let context: [String: Any] = [
      "title": title,
      "stylesheet": stylesheet,
      "version": SlopeVersion.current,
      "notebooks": entries.map { ["title": $0.title, "href": $0.href, "path": $0.path] },
    ]
    return library.render(context, withTemplate: "index") ?? ""
  }
}

/// Slope's version, as `--version` prints it.
public enum SlopeVersion {
  public static let current = "0.1.0"
}

/// The HTML of a notebook's body: the author's Markdown through libcmark, with calculation blocks,
/// outputs, errors and figures rendered by Slope.
struct HTMLBody {
  let execution: NotebookExecution

  func render(unsafe: Bool) -> String {
    var inlineFigures: [String: String] = [:]
    var hiddenLines: Set<Int> = []
    var calculationLines: Set<Int> = []
    // The page renders the rewritten document, whose lines are the results' written lines.
    let markdown = execution.markdown
    for result in execution.blocks {
      calculationLines.insert(result.writtenLine)
      if result.block.options.hide { hiddenLines.insert(result.writtenLine) }
      for figure in result.figures where figure.format == .svg {
        inlineFigures[FigureFiles.link(stem: execution.stem, fileName: figure.fileName)] = figure.content
      }
    }
    return HTMLRenderer.render(
      markdown,
      unsafe: unsafe,
      rewriteCodeBlock: { info, body, line in
        switch info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "" {
        case "swift" where calculationLines.contains(line):
          if hiddenLines.contains(line) { return "" }
          return cell("source", label: nil, preformatted: SwiftHighlighter.html(body), language: "swift")
        case "output":
          return cell("output", label: "Output", preformatted: escape(body))
        case "error":
          return cell("error", label: "Error", preformatted: escape(body))
        case "figure":
          return cell("figure", label: nil, preformatted: escape(body))
        default:
          return nil
        }
      },
      rewriteImage: { url in
        inlineFigures[url].map { "<figure class=\"cell-figure\">\n\($0)</figure>\n" }
      }
    )
  }

  private func cell(_ kind: String, label: String?, preformatted: String, language: String? = nil) -> String {
    let labelHTML = label.map { "<span class=\"cell-label\">\($0)</span>" } ?? ""
    let codeClass = language.map { " class=\"language-\($0)\"" } ?? ""
    return "<div class=\"cell-\(kind)\">\(labelHTML)<pre><code\(codeClass)>\(preformatted)</code></pre></div>\n"
  }
}

/// Escapes text for HTML element content and attribute values.
func escape(_ text: String) -> String {
  var escaped = ""
  escaped.reserveCapacity(text.utf8.count)
  for character in text.unicodeScalars {
    switch character {
    case "&": escaped += "&amp;"
    case "<": escaped += "&lt;"
    case ">": escaped += "&gt;"
    case "\"": escaped += "&quot;"
    default: escaped.unicodeScalars.append(character)
    }
  }
  return escaped
}

/// Highlights Swift source for HTML, with swift-syntax's classification of each token.
enum SwiftHighlighter {
  static func html(_ source: String) -> String {
    SyntaxHighlighter.pieces(source).map { piece in
      piece.kind == .plain
        ? escape(piece.text) : "<span class=\"tok-\(piece.kind.rawValue)\">\(escape(piece.text))</span>"
    }.joined()
  }
}
