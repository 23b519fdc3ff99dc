import SwiftIDEUtils
import SwiftParser
import SwiftSyntax

/// Splits Swift source into pieces classified as swift-syntax's IDE support classifies them, for
/// highlighting in HTML.
public enum SyntaxHighlighter {
  /// What a piece of source is, as far as colouring goes.
  public enum Kind: String, Sendable {
    case plain
    case keyword
    case number
    case string
    case comment
    case type
    case function
  }

  /// A run of source text of one kind.
  public struct Piece: Equatable, Sendable {
    public var kind: Kind
    public var text: String
  }

  /// The source cut into consecutive pieces; joining their texts gives the source back.
  public static func pieces(_ source: String) -> [Piece] {
    let tree = Parser.parse(source: source)
    let bytes = Array(source.utf8)
    let calledNames = CalledNames(viewMode: .sourceAccurate)
    calledNames.walk(tree)
    var pieces: [Piece] = []
    var position = 0
    func append(_ kind: Kind, upTo end: Int) {
      guard end > position else { return }
      let text = String(decoding: bytes[position..<end], as: UTF8.self)
      if let last = pieces.last, last.kind == kind {
        pieces[pieces.count - 1].text += text
      } else {
        pieces.append(Piece(kind: kind, text: text))
      }
      position = end
    }
    for range in tree.classifications {
      let start = min(range.offset, bytes.count)
      let end = min(range.endOffset, bytes.count)
      append(.plain, upTo: start)
      var kind = Self.kind(of: range.kind)
      if kind == .plain, range.kind == .identifier, calledNames.offsets.contains(start) {
        kind = .function
      }
      append(kind, upTo: end)
    }
    append(.plain, upTo: bytes.count)
    return pieces
  }

  private static func kind(of classification: SyntaxClassification) -> Kind {
    switch classification {
    case .keyword, .attribute, .ifConfigDirective: return .keyword
    case .integerLiteral, .floatLiteral: return .number
    case .stringLiteral, .regexLiteral: return .string
    case .lineComment, .blockComment, .docLineComment, .docBlockComment: return .comment
    case .type: return .type
    default: return .plain
    }
  }
}

/// The offsets of identifiers that name the function of a call or a declaration.
private final class CalledNames: SyntaxVisitor {
  var offsets: Set<Int> = []

  override func visit(_ node: FunctionCallExprSyntax) -> SyntaxVisitorContinueKind {
    if let name = node.calledExpression.as(DeclReferenceExprSyntax.self) {
      offsets.insert(name.baseName.positionAfterSkippingLeadingTrivia.utf8Offset)
    }
    return .visitChildren
  }

  override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind {
    offsets.insert(node.name.positionAfterSkippingLeadingTrivia.utf8Offset)
    return .visitChildren
  }
}
