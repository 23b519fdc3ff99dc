import CCmark

/// Renders Markdown to an HTML fragment with libcmark's HTML renderer.
public enum HTMLRenderer {
  /// A replacement for a fenced code block in the rendered page.
  public typealias CodeBlockRewriter = (_ info: String, _ body: String, _ line: Int) -> String?
  /// A replacement for a paragraph that holds nothing but one image.
  public typealias ImageRewriter = (_ url: String) -> String?

  /// Renders a whole document body.
  ///
  /// - Parameters:
  ///   - markdown: The document's bytes.
  ///   - unsafe: Keep the author's raw HTML and dangerous links instead of libcmark's safe placeholders.
  ///   - rewriteCodeBlock: Returns HTML to use instead of a fenced code block, or `nil` to keep cmark's.
  ///     Generated HTML is trusted: it is emitted even in safe mode.
  ///   - rewriteImage: Returns HTML to use instead of a paragraph holding only an image, or `nil`.
  /// - Returns: The HTML fragment, as `cmark` would print it for the same options.
  public static func render(
    _ markdown: [UInt8],
    unsafe: Bool = false,
    rewriteCodeBlock: CodeBlockRewriter? = nil,
    rewriteImage: ImageRewriter? = nil
  ) -> String {
    let options = unsafe ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
    guard let parser = cmark_parser_new(options) else { return "" }
    defer { cmark_parser_free(parser) }
    markdown.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { characters in
        cmark_parser_feed(parser, characters.baseAddress, characters.count)
      }
    }
    guard let root = cmark_parser_finish(parser) else { return "" }
    defer { cmark_node_free(root) }
    if rewriteCodeBlock != nil || rewriteImage != nil {
      replaceBlocks(in: root, codeBlocks: rewriteCodeBlock, images: rewriteImage)
    }
    guard let html = cmark_render_html(root, options) else { return "" }
    defer { cmark_get_default_mem_allocator().pointee.free(html) }
    return String(cString: html)
  }

  private static func replaceBlocks(
    in root: OpaquePointer,
    codeBlocks: CodeBlockRewriter?,
    images: ImageRewriter?
  ) {
    guard let iterator = cmark_iter_new(root) else { return }
    var found: [(node: OpaquePointer, html: String)] = []
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
      switch cmark_node_get_type(node) {
      case CMARK_NODE_CODE_BLOCK:
        let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
        guard let codeBlocks, !info.isEmpty else { continue }
        let body = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
        if let html = codeBlocks(info, body, Int(cmark_node_get_start_line(node))) {
          found.append((node, html))
        }
      case CMARK_NODE_PARAGRAPH:
        guard let images, let image = cmark_node_first_child(node), cmark_node_next(image) == nil,
          cmark_node_get_type(image) == CMARK_NODE_IMAGE
        else { continue }
        let url = cmark_node_get_url(image).map { String(cString: $0) } ?? ""
        if let html = images(url) {
          found.append((node, html))
        }
      default:
        continue
      }
    }
    cmark_iter_free(iterator)
    // Replace after iterating: changing the tree under a live iterator is undefined.
    for (node, html) in found {
      guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
      cmark_node_set_on_enter(custom, html)
      if cmark_node_replace(node, custom) != 0 {
        cmark_node_free(node)
      } else {
        cmark_node_free(custom)
      }
    }
  }
}
