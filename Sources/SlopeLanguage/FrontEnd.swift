import SwiftDiagnostics
import SwiftOperators
import SwiftParser
import SwiftParserDiagnostics
import SwiftSyntax

/// A message of the calculation language, for swift-syntax's diagnostics machinery.
struct SlopeMessage: DiagnosticMessage {
  let message: String
  var diagnosticID: MessageID { MessageID(domain: "Slope", id: "error") }
  var severity: DiagnosticSeverity { .error }
}

/// The parsed form of one block, and the positions of its diagnostics in notebook coordinates.
///
/// The source is parsed with `firstLine - 1` newlines in front of it, so that every position the tree
/// reports is already a notebook line: diagnostics render with the notebook's line numbers, and the
/// block-relative line is one subtraction away.
struct ParsedBlock {
  let tree: SourceFileSyntax
  let firstLine: Int
  let converter: SourceLocationConverter

  init(source: String, firstLine: Int) {
    self.firstLine = max(1, firstLine)
    let padded = String(repeating: "\n", count: self.firstLine - 1) + source
    tree = Parser.parse(source: padded)
    converter = SourceLocationConverter(fileName: "block", tree: tree)
  }

  /// The first syntax error, as swift-syntax words it.
  func syntaxError() -> BlockError? {
    let diagnostics = ParseDiagnosticsGenerator.diagnostics(for: tree)
    guard let first = diagnostics.first(where: { $0.diagMessage.severity == .error }) else { return nil }
    let (message, position) = swiftcWording(first)
    return error(message, at: position, node: first.node)
  }

  /// swiftc's wording and position for the syntax errors where its parser and swift-syntax differ:
  /// swiftc reports a missing closing token at the token that follows, and an unterminated string at its
  /// opening quote.
  private func swiftcWording(_ diagnostic: Diagnostic) -> (String, AbsolutePosition) {
    let message = diagnostic.message
    let following =
      diagnostic.node.nextToken(viewMode: .sourceAccurate)?.positionAfterSkippingLeadingTrivia
      ?? tree.endPosition
    if message == "expected '\"' to end string literal" || message == "expected '\"\"\"' to end string literal",
      let literal = diagnostic.node.ancestorOrSelf(mapping: { $0.as(StringLiteralExprSyntax.self) })
    {
      return ("unterminated string literal", literal.positionAfterSkippingLeadingTrivia)
    }
    if message.hasPrefix("expected '}' to end ") {
      let construct = message.dropFirst("expected '}' to end ".count)
      return (
        construct == "closure" ? "expected '}' at end of closure" : "expected '}' at end of brace statement", following
      )
    }
    if message == "expected ')' to end function call" || message == "expected ')' to end tuple" {
      return ("expected ')' in expression list", following)
    }
    return (message, diagnostic.position)
  }

  /// The tree with operator sequences folded into binary expressions by Swift's precedence rules.
  func folded() -> Result<SourceFileSyntax, BlockError> {
    var firstError: OperatorError?
    let result = OperatorTable.standardOperators.foldAll(tree) { error in
      if firstError == nil { firstError = error }
    }
    if let firstError {
      let diagnostic = firstError.asDiagnostic
      return .failure(error(diagnostic.message, at: diagnostic.position, node: diagnostic.node))
    }
    guard let file = result.as(SourceFileSyntax.self) else {
      return .failure(error("the block could not be parsed", at: tree.position, node: Syntax(tree)))
    }
    return .success(file)
  }

  /// An error at a UTF-8 offset of the parsed source.
  func error(_ message: String, offset: Int) -> BlockError {
    let position = AbsolutePosition(utf8Offset: max(0, min(offset, tree.endPosition.utf8Offset)))
    let node = tree.token(at: position).map(Syntax.init) ?? Syntax(tree)
    return error(message, at: position, node: node)
  }

  private func error(_ message: String, at position: AbsolutePosition, node: Syntax) -> BlockError {
    let location = converter.location(for: position)
    let diagnostic = Diagnostic(node: node, position: position, message: SlopeMessage(message: message))
    let annotated = DiagnosticsFormatter(contextSize: 0, colorize: false).annotatedSource(
      tree: tree,
      diags: [diagnostic]
    )
    var rendered = "error: \(message)\n" + annotated
    if !rendered.hasSuffix("\n") { rendered += "\n" }
    return BlockError(
      message: message,
      line: max(1, location.line - (firstLine - 1)),
      column: location.column,
      rendered: rendered
    )
  }
}
