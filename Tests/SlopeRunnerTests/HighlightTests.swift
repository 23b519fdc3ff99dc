import Testing

@testable import SlopeRunner

@Suite struct HighlightTests {
  @Test func classifiesTokensWithSwiftSyntax() {
    let html = SwiftHighlighter.html("// slope\nlet y = f(2.5) + \"a<b\"\n")
    #expect(
      html
        == "<span class=\"tok-comment\">// slope</span>\n<span class=\"tok-keyword\">let</span> y = "
        + "<span class=\"tok-function\">f</span>(<span class=\"tok-number\">2.5</span>) + "
        + "<span class=\"tok-string\">&quot;a&lt;b&quot;</span>\n"
    )
  }

  @Test func keepsEveryByteOfBrokenSource() {
    let source = "func (\n  \"unterminated\n\t}"
    let html = SwiftHighlighter.html(source)
    let text = html.replacing(/<[^>]*>/, with: "").replacingOccurrences(of: "&quot;", with: "\"")
    #expect(text == source)
  }
}
