extension Figure {
  /// The figure as a standalone SVG document; see ``SVGRenderer``.
  ///
  /// - Parameter id: the figure's id and the prefix of its inner ids and CSS selectors, such as the
  ///   block id or `figure-3`.
  public func svg(id: String) throws(FigureError) -> String {
    try SVGRenderer(id: id).render(self)
  }

  /// The figure as text, 60×16 cells of plot by default; see ``TextRenderer``.
  public func text(
    _ mode: TextRenderer.Mode = .unicode,
    columns: Int = 60,
    rows: Int = 16
  ) throws(FigureError)
    -> String
  {
    try TextRenderer(mode: mode, columns: columns, rows: rows).render(self)
  }
}
