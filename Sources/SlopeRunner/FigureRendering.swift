import SlopeDocument
import SlopeFigures

/// Turns figures into the files and text blocks a notebook records.
enum FigureRendering {
  /// Draws a figure in a format; `name` is its file name without extension and scopes its SVG ids.
  static func render(
    _ figure: Figure,
    format: BlockOptions.FigureFormat,
    name: String
  ) -> Result<RenderedFigure, FigureError> {
    do {
      switch format {
      case .svg:
        let svg = try figure.svg(id: "figure-\(name)")
        return .success(RenderedFigure(format: .svg, fileName: "\(name).svg", content: svg))
      case .ascii:
        return .success(RenderedFigure(format: .ascii, fileName: "\(name).txt", content: try figure.text(.ascii)))
      case .unicode:
        return .success(RenderedFigure(format: .unicode, fileName: "\(name).txt", content: try figure.text(.unicode)))
      }
    } catch {
      return .failure(error)
    }
  }
}
